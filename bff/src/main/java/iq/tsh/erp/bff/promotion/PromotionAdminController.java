package iq.tsh.erp.bff.promotion;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import iq.tsh.erp.api.common.Causes;
import iq.tsh.erp.api.promotion.ChangePromotion;
import iq.tsh.erp.api.promotion.CreatePromotion;
import iq.tsh.erp.api.promotion.EndPromotion;
import iq.tsh.erp.api.promotion.FieldProblem;
import iq.tsh.erp.api.promotion.FindPromotion;
import iq.tsh.erp.api.promotion.ListPromotions;
import iq.tsh.erp.api.promotion.PromotionId;
import iq.tsh.erp.api.promotion.PromotionRejection;
import iq.tsh.erp.api.promotion.PromotionTerms;
import iq.tsh.erp.api.promotion.PromotionView;
import iq.tsh.erp.api.promotion.Promotions;
import iq.tsh.erp.web.ConflictException;
import iq.tsh.erp.web.JsonBodies;
import iq.tsh.erp.web.NotFoundException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops run promotions: every write is a command to the Promotion aggregate (the id is generated here, a UUID);
 * reads come from the promotions read model, which follows within moments.
 */
@RestController
@RequestMapping("/api/admin/promotions")
@Tag(name = "Promotions admin")
class PromotionAdminController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock = Clock.systemUTC();

    PromotionAdminController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @Operation(summary = "Create a promotion", description = "201 with the promotion and its Location")
    ResponseEntity<PromotionResponse> create(@RequestBody(required = false) JsonNode body) {
        PromotionTerms terms = JsonBodies.STANDARD.read(body, PromotionRequest.class).toTerms();
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        send(new CreatePromotion(PromotionId.of(id), terms, now));
        return ResponseEntity.created(URI.create("/api/admin/promotions/" + id))
                .body(PromotionResponse.of(id, terms, 0, null, now, now));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a promotion's terms")
    PromotionResponse change(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
        PromotionTerms terms = JsonBodies.STANDARD.read(body, PromotionRequest.class).toTerms();
        Instant now = clock.instant();
        send(new ChangePromotion(promotionId(id), terms, now));
        Optional<PromotionView> known = find(id);
        return PromotionResponse.of(id, terms, known.map(PromotionView::usageCount).orElse(0), null,
                known.map(PromotionView::createdAt).orElse(null), now);
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "End a promotion now", description = "Ending an ended promotion changes nothing")
    Map<String, Object> end(@PathVariable String id) {
        Instant endedAt = send(new EndPromotion(promotionId(id), clock.instant()));
        return Map.of("id", id, "status", "ended", "endedAt", endedAt);
    }

    @GetMapping
    @Operation(summary = "Every promotion, newest first")
    Map<String, List<PromotionResponse>> list(@RequestParam(defaultValue = "200") int limit) {
        Instant now = clock.instant();
        Promotions found = queries.query(new ListPromotions(limit), Promotions.class).join();
        return Map.of("items", found.promotions().stream().map(p -> PromotionResponse.of(p, now)).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One promotion")
    PromotionResponse one(@PathVariable String id) {
        return find(id).map(p -> PromotionResponse.of(p, clock.instant()))
                .orElseThrow(() -> new PromotionNotFoundException(id));
    }

    private Optional<PromotionView> find(String id) {
        return queries.query(new FindPromotion(id), ResponseTypes.optionalInstanceOf(PromotionView.class)).join();
    }

    /** Only generated ids exist, so anything that is not a UUID is simply not found. */
    private static PromotionId promotionId(String id) {
        try {
            return PromotionId.of(UUID.fromString(id).toString());
        } catch (IllegalArgumentException e) {
            throw new PromotionNotFoundException(id);
        }
    }

    /**
     * The command's result. The aggregate's reasons arrive as {@link PromotionRejection} details: bad terms are 400
     * naming the field, a taken code or a change to an ended promotion 409, an unknown id 404; a refusal without a
     * reason is a passing failure (503).
     */
    private <R> R send(Object command) {
        try {
            return commands.sendAndWait(command);
        } catch (RuntimeException e) {
            if (Causes.find(e, AggregateNotFoundException.class).isPresent()) {
                throw new NotFoundException("no such promotion");
            }
            PromotionRejection r = Causes.find(e, CommandExecutionException.class)
                    .flatMap(CommandExecutionException::getDetails).filter(PromotionRejection.class::isInstance)
                    .map(PromotionRejection.class::cast).orElseThrow(() -> e);
            if (PromotionRejection.INVALID_TERMS.equals(r.code())) {
                throw new InvalidPromotionException(List.of(new FieldProblem(r.field(), r.message())));
            }
            throw new ConflictException("Conflict", r.message()).with("code", r.code()).with("field", r.field());
        }
    }
}
