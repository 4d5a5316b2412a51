package iq.tsh.erp.app.health;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import iq.tsh.erp.ops.dashboard.SyncVerdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /health}, the contract ops scripts and load balancers use. 503 only when the node cannot serve (the
 * database does not answer); a node that serves while its workers need ops (a processor failing, a segment
 * unclaimed, dead letters waiting) answers 200 {@code degraded} with the reason, so a load balancer keeps it.
 */
@RestController
@Tag(name = "Health")
class HealthController {

    static final String HEALTHY_MESSAGE = "النظام يعمل بشكل طبيعي";
    static final String DEGRADED_MESSAGE = "النظام يعمل مع مشكلات تحتاج إلى متابعة";
    static final String UNHEALTHY_MESSAGE = "النظام لا يعمل بشكل طبيعي";

    private final SyncVerdict verdicts;

    HealthController(SyncVerdict verdicts) {
        this.verdicts = verdicts;
    }

    @GetMapping("/health")
    @Operation(summary = "Is the system working",
            description = "Public. 200 healthy; 200 degraded with the reason (workers need ops, the node serves); "
                    + "503 unhealthy when the database does not answer")
    ResponseEntity<Map<String, Object>> health() {
        SyncVerdict.Verdict verdict = verdicts.current();
        if (verdict.healthy()) {
            return ResponseEntity.ok(Map.of("status", "healthy", "message", HEALTHY_MESSAGE));
        }
        String reason = String.join("; ", verdict.problems());
        Map<String, Object> body = new LinkedHashMap<>();
        if (!verdict.databaseUp()) {
            body.put("status", "unhealthy");
            body.put("message", UNHEALTHY_MESSAGE + ": " + reason);
            body.put("reason", reason);
            body.put("failing", List.of("db"));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(body);
        }
        body.put("status", "degraded");
        body.put("message", DEGRADED_MESSAGE + ": " + reason);
        body.put("reason", reason);
        body.put("problems", verdict.problems());
        return ResponseEntity.ok(body);
    }
}
