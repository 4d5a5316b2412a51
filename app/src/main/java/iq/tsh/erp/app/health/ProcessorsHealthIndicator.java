package iq.tsh.erp.app.health;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Down when any event processor is stopped or in error: projections would fall behind while webhooks still succeed. */
@Component("processors")
class ProcessorsHealthIndicator implements HealthIndicator {

    private final EventProcessingConfiguration processing;

    ProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean healthy = true;
        for (var entry : processing.eventProcessors().entrySet()) {
            if (entry.getValue() instanceof StreamingEventProcessor processor) {
                String state = !processor.isRunning() ? "stopped" : processor.isError() ? "error" : "running";
                healthy &= state.equals("running");
                details.put(entry.getKey(), Map.of("state", state,
                        "segments", processor.processingStatus().size()));
            }
        }
        return (healthy ? Health.up() : Health.down()).withDetails(details).build();
    }
}
