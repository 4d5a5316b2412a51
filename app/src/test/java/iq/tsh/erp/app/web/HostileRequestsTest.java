package iq.tsh.erp.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Tokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every operation the OpenAPI document lists, under every role, with hostile path values, query parameters and
 * bodies: never a 5xx, and every error a problem detail. New endpoints are covered the day they are documented.
 * The webhooks (their own hostile and fuzz tests) and the ops admin actions (they replay and discard on purpose)
 * are left out.
 */
class HostileRequestsTest extends ApplicationTest {

    private static final List<String> PATH_VALUES = List.of("1", "x".repeat(300), "'%20or%201=1%20--", "%F0%9F%92%A9");
    private static final List<String> QUERY_VALUES = List.of("-1", "abc", "99999999999999999999999", "", "1e400");
    private static final List<String> BODIES = List.of("{", "[]", "\"x\"", "null",
            "{\"lines\":\"x\",\"quantity\":\"x\",\"rating\":{},\"productId\":[],\"name\":7,\"type\":\"x\",\"value\":\"x\"}",
            "{\"lines\":[{\"productId\":null,\"quantity\":1e400}],\"startsAt\":\"yesterday\",\"phone\":[1]}");

    @Test
    void noDocumentedOperationAnswersA5xxToHostileInput() {
        JsonNode paths = http().get("/v3/api-docs").json().get("paths");
        List<Http> callers = List.of(http().as(Tokens.customer("4531000000000000001")), http().as(Tokens.ops()),
                http().as(Tokens.auditor()));
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (path.getKey().startsWith("/api/zoho/webhooks") || path.getKey().startsWith("/api/zoho/admin")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = ops.next();
                String method = operation.getKey().toUpperCase();
                for (String target : targets(path.getKey(), operation.getValue())) {
                    for (String body : method.equals("GET") || method.equals("DELETE") ? List.of("") : BODIES) {
                        for (Http caller : callers) {
                            Answer answer = caller.send(method, target, body.isEmpty() ? null : "application/json",
                                    body.isEmpty() ? null : body.getBytes(StandardCharsets.UTF_8));
                            requests++;
                            boolean problem = answer.status() < 400
                                    || (answer.contentType() != null && answer.contentType().startsWith("application/problem+json"));
                            if (answer.status() >= 500 || !problem) {
                                failures.add(method + " " + target + " " + body + " -> " + answer.status() + " "
                                        + answer.contentType() + " " + answer.body());
                            }
                        }
                    }
                }
            }
        }
        assertThat(requests).as("the document lists the API").isGreaterThan(300);
        assertThat(failures).isEmpty();
    }

    /** The path with each hostile value in its variables, and with each hostile value in each query parameter. */
    private static List<String> targets(String template, JsonNode operation) {
        List<String> targets = new ArrayList<>();
        for (String value : PATH_VALUES) {
            targets.add(template.replaceAll("\\{[^}]+}", value));
        }
        String base = template.replaceAll("\\{[^}]+}", "1");
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asText())) {
                for (String value : QUERY_VALUES) {
                    targets.add(base + "?" + parameter.get("name").asText() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
        }
        return targets;
    }
}
