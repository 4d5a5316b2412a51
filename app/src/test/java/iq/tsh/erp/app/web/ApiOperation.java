package iq.tsh.erp.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the application's own OpenAPI document: its path variables, query parameters, a plausible body
 * built from its request schema, and the role its security rule asks for (mirroring SecurityConfiguration).
 */
record ApiOperation(String method, String template, List<String> pathVariables, List<String> queryParameters,
                    JsonNode plausibleBody, Caller role) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    boolean readsBody() {
        return plausibleBody != null;
    }

    /** Every operation of the document but the Zoho webhooks (their own hostile tests cover them), in a stable order. */
    static List<ApiOperation> all(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        JsonNode schemas = document.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/api/zoho/webhooks")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = path.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = it.next();
                String method = operation.getKey().toUpperCase();
                List<String> variables = new ArrayList<>();
                Matcher matcher = VARIABLE.matcher(path.getKey());
                while (matcher.find()) {
                    variables.add(matcher.group(1));
                }
                List<String> query = new ArrayList<>();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    if ("query".equals(parameter.path("in").asText())) {
                        query.add(parameter.get("name").asText());
                    }
                }
                JsonNode schema = operation.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                JsonNode body = schema.isMissingNode() ? null : plausible(schema, schemas, 0);
                operations.add(new ApiOperation(method, path.getKey(), variables, query, body,
                        Caller.neededFor(method, path.getKey())));
            }
        }
        operations.sort(Comparator.comparing(ApiOperation::template).thenComparing(ApiOperation::method));
        return operations;
    }

    /** The path with every variable plausible but {@code hostileIndex} (-1: none), which takes {@code hostile}. */
    String path(int hostileIndex, String hostile) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        int index = 0;
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(
                    index == hostileIndex ? hostile : plausibleValue(matcher.group(1))));
            index++;
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /**
     * A value that reaches the endpoint's own checks without doing anything real: ids that exist nowhere, groups
     * that are no processing group, and never a confirmation (a confirmed clear would discard other tests' letters).
     */
    static String plausibleValue(String name) {
        return switch (name) {
            case "aggregateId" -> "item:4790000000000000001";
            case "deliveryId" -> "00000000-0000-4000-8000-000000000000";
            case "from", "to", "asOf" -> "2026-01-01T00:00:00Z";
            case "confirm", "inStock" -> "false";
            case "format" -> "ndjson";
            case "sort" -> "newest";
            default -> "4790000000000000001";
        };
    }

    @Override
    public String toString() {
        return method + " " + template;
    }

    private static JsonNode plausible(JsonNode schema, JsonNode schemas, int depth) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return depth > 5 ? NODES.nullNode() : plausible(schemas.path(name), schemas, depth + 1);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText("object");
        return switch (type) {
            case "string" -> NODES.textNode("date-time".equals(schema.path("format").asText())
                    ? "2026-01-01T00:00:00Z" : "4790000000000000001");
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(plausible(schema.path("items"), schemas, depth + 1));
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    object.set(property.getKey(), plausible(property.getValue(), schemas, depth + 1));
                }
                yield object;
            }
        };
    }

    /** Places of the plausible body a hostile value can take: the body itself, every field, every first item. */
    List<String> pointers() {
        List<String> pointers = new ArrayList<>();
        collect(plausibleBody, "", pointers);
        return pointers;
    }

    private static void collect(JsonNode node, String pointer, List<String> pointers) {
        pointers.add(pointer);
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> collect(node.get(name), pointer + "/" + name, pointers));
        } else if (node.isArray() && !node.isEmpty()) {
            collect(node.get(0), pointer + "/0", pointers);
        }
    }

    /** The plausible body as JSON text with the value at {@code pointer} replaced by the raw JSON {@code hostile}. */
    String bodyWith(String pointer, String hostile, ObjectMapper json) {
        if (pointer.isEmpty()) {
            return hostile;
        }
        JsonNode copy = plausibleBody.deepCopy();
        String marker = "@@hostile@@";
        JsonNode parent = copy.at(pointer.substring(0, pointer.lastIndexOf('/')));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (parent instanceof ObjectNode object) {
            object.put(last, marker);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), NODES.textNode(marker));
        }
        try {
            return json.writeValueAsString(copy).replace("\"" + marker + "\"", hostile);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
