package iq.tsh.erp.zoho.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.api.common.SyncOutcome;
import iq.tsh.erp.zoho.parse.ZohoRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/** Maps a Zoho record to the commands it means, and sends them, waiting until their events are stored. */
@Component
class WebhookDispatcher {

    private static final long COMMAND_TIMEOUT_SECONDS = 30;

    private final Map<WebhookKind, RecordMapper> mappers = new EnumMap<>(WebhookKind.class);
    private final CommandGateway commandGateway;

    WebhookDispatcher(List<RecordMapper> mappers, CommandGateway commandGateway) {
        mappers.forEach(mapper -> this.mappers.put(mapper.kind(), mapper));
        this.commandGateway = commandGateway;
    }

    /** What was sent: the combined outcome, the aggregates touched and how many commands produced events. */
    record Dispatched(SyncOutcome outcome, List<String> aggregateIds, int acceptedCommands) {
    }

    /** The commands a record means; throws with every unusable field when it cannot become commands. */
    List<RecordCommand> commandsFor(WebhookKind kind, DeliveryEvent event, JsonNode record) {
        RecordMapper mapper = mappers.get(kind);
        if (mapper == null) {
            throw new BadDeliveryException(404, "Webhook kind not handled yet",
                    "deliveries of " + kind.path() + " are not handled by this version");
        }
        ZohoRecord zohoRecord = ZohoRecord.root(record);
        List<RecordCommand> commands = mapper.commands(zohoRecord, event);
        zohoRecord.errors().throwIfAny();
        return commands;
    }

    /** Sends the commands in order in the caller's transaction; each carries the delivery's metadata. */
    Dispatched send(List<RecordCommand> commands, MetaData metaData) {
        SyncOutcome outcome = SyncOutcome.UNCHANGED;
        Set<String> aggregateIds = new LinkedHashSet<>();
        int accepted = 0;
        for (int i = 0; i < commands.size(); i++) {
            RecordCommand command = commands.get(i);
            SyncOutcome result = commandGateway.sendAndWait(
                    GenericCommandMessage.asCommandMessage(command.command()).andMetaData(metaData),
                    COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            outcome = i == 0 ? result : outcome.combine(result);
            accepted += result == SyncOutcome.ACCEPTED ? 1 : 0;
            aggregateIds.add(command.aggregateId());
        }
        return new Dispatched(outcome, new ArrayList<>(aggregateIds), accepted);
    }
}
