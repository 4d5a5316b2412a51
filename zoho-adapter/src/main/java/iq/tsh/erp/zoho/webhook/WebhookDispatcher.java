package iq.tsh.erp.zoho.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.api.common.SyncOutcome;
import iq.tsh.erp.zoho.parse.ZohoRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Maps a delivery's record to commands and sends them, waiting until their events are stored, so that the answer
 * to Zoho means "kept". Each command carries the delivery id, which its events inherit for auditors.
 */
@Component
class WebhookDispatcher {

    static final String DELIVERY_ID = "deliveryId";
    private static final long COMMAND_TIMEOUT_SECONDS = 30;

    private final Map<WebhookKind, RecordMapper> mappers = new EnumMap<>(WebhookKind.class);
    private final CommandGateway commandGateway;

    WebhookDispatcher(List<RecordMapper> mappers, CommandGateway commandGateway) {
        mappers.forEach(mapper -> this.mappers.put(mapper.kind(), mapper));
        this.commandGateway = commandGateway;
    }

    WebhookAnswer dispatch(WebhookKind kind, DeliveryEvent event, JsonNode record) {
        RecordMapper mapper = mappers.get(kind);
        if (mapper == null) {
            throw new BadDeliveryException(404, "Webhook kind not handled yet",
                    "deliveries of " + kind.path() + " are not handled by this version");
        }
        ZohoRecord zohoRecord = ZohoRecord.root(record);
        List<RecordCommand> commands = mapper.commands(zohoRecord, event);
        zohoRecord.errors().throwIfAny();

        String deliveryId = UUID.randomUUID().toString();
        MetaData metaData = MetaData.with(DELIVERY_ID, deliveryId)
                .and("webhookKind", kind.path())
                .and("webhookEvent", event.name().toLowerCase(Locale.ROOT));
        SyncOutcome outcome = null;
        Set<String> aggregateIds = new LinkedHashSet<>();
        for (RecordCommand command : commands) {
            SyncOutcome result = commandGateway.sendAndWait(
                    GenericCommandMessage.asCommandMessage(command.command()).andMetaData(metaData),
                    COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            outcome = outcome == null ? result : outcome.combine(result);
            aggregateIds.add(command.aggregateId());
        }
        String status = (outcome == null ? SyncOutcome.UNCHANGED : outcome).name().toLowerCase(Locale.ROOT);
        List<String> ids = new ArrayList<>(aggregateIds);
        return new WebhookAnswer(deliveryId, status, ids.isEmpty() ? null : ids.get(0), ids);
    }
}
