package iq.tsh.erp.app.health;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /health}, the contract ops scripts and load balancers use: 200 with the healthy message, or 503 naming
 * what is down. It reads the same indicators as actuator health (database, processors, disk).
 */
@RestController
@Tag(name = "Health")
class HealthController {

    static final String HEALTHY_MESSAGE = "النظام يعمل بشكل طبيعي";
    static final String UNHEALTHY_MESSAGE = "النظام لا يعمل بشكل طبيعي";

    private final HealthEndpoint healthEndpoint;

    HealthController(HealthEndpoint healthEndpoint) {
        this.healthEndpoint = healthEndpoint;
    }

    @GetMapping("/health")
    @Operation(summary = "Is the system working", description = "Public. 200 healthy, or 503 with the failing parts")
    ResponseEntity<Map<String, Object>> health() {
        HealthComponent health = healthEndpoint.health();
        if (Status.UP.equals(health.getStatus())) {
            return ResponseEntity.ok(Map.of("status", "healthy", "message", HEALTHY_MESSAGE));
        }
        List<String> down = new ArrayList<>();
        if (health instanceof CompositeHealth composite) {
            composite.getComponents().forEach((name, component) -> {
                if (!Status.UP.equals(component.getStatus())) {
                    down.add(name);
                }
            });
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "unhealthy");
        body.put("message", UNHEALTHY_MESSAGE);
        body.put("reason", down.isEmpty() ? "health status " + health.getStatus() : "not working: " + String.join(", ", down));
        body.put("failing", down);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }
}
