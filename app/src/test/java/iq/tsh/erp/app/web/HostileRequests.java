package iq.tsh.erp.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Hostile requests for the operations of the OpenAPI document: the caller (the role the operation needs, or none,
 * or another), then independently hostile path variables, query parameters, bodies and content types.
 */
final class HostileRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> OTHER_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=UTF-16",
            "application/problem+json", "*/*");

    private HostileRequests() {
    }

    /** A part of the request: its text and whether it carries an unstorable value where it is read. */
    private record Part(String text, boolean unstorable, String what) {
        static Part plain(String text) {
            return new Part(text, false, "");
        }
    }

    private record Body(String contentType, byte[] bytes, boolean unstorable, String what) {
    }

    static Arbitrary<HostileRequest> of(List<ApiOperation> operations) {
        return Arbitraries.of(operations).flatMap(HostileRequests::forOperation);
    }

    private static Arbitrary<HostileRequest> forOperation(ApiOperation operation) {
        Arbitrary<Caller> caller = Arbitraries.frequency(Tuple.of(6, operation.role()), Tuple.of(2, Caller.ANONYMOUS),
                Tuple.of(1, Caller.CUSTOMER), Tuple.of(1, Caller.OPS), Tuple.of(1, Caller.AUDITOR));
        return Combinators.combine(caller, path(operation), query(operation), body(operation))
                .as((who, path, query, body) -> {
                    boolean mustRefuse = path.unstorable() || query.unstorable()
                            || operation.readsBody() && body.bytes() != null && body.unstorable();
                    String what = String.join(" ", path.what(), query.what(), body.what()).strip();
                    return new HostileRequest(operation, path.text() + query.text(), who, body.contentType(),
                            body.bytes(), mustRefuse, what);
                });
    }

    private static Arbitrary<Part> path(ApiOperation operation) {
        Part plausible = Part.plain(operation.path(-1, null));
        if (operation.pathVariables().isEmpty()) {
            return Arbitraries.just(plausible);
        }
        Arbitrary<Part> hostile = Combinators.combine(
                        Arbitraries.integers().between(0, operation.pathVariables().size() - 1),
                        Arbitraries.of(HostileValue.PATH))
                .as((index, value) -> new Part(operation.path(index, value.text()), value.unstorable(),
                        "{" + operation.pathVariables().get(index) + "}=" + value));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(plausible)), Tuple.of(3, hostile));
    }

    private static Arbitrary<Part> query(ApiOperation operation) {
        Arbitrary<Part> none = Arbitraries.just(Part.plain(""));
        Arbitrary<Part> undeclared = Arbitraries.of(HostileValue.QUERY)
                .filter(name -> !name.text().isEmpty())
                .map(name -> new Part("?" + name.text() + "=4790000000000000001", name.unstorable(), "?name " + name));
        if (operation.queryParameters().isEmpty()) {
            return Arbitraries.frequencyOf(Tuple.of(3, none), Tuple.of(1, undeclared));
        }
        String allPlausible = "?" + String.join("&", operation.queryParameters().stream()
                .map(name -> name + "=" + ApiOperation.plausibleValue(name)).toList());
        Arbitrary<Part> declared = Combinators.combine(Arbitraries.of(operation.queryParameters()),
                        Arbitraries.of(HostileValue.QUERY))
                .as((name, value) -> new Part("?" + name + "=" + value.text(), value.unstorable(), "?" + name + "=" + value));
        return Arbitraries.frequencyOf(Tuple.of(2, none), Tuple.of(5, declared), Tuple.of(1, undeclared),
                Tuple.of(1, Arbitraries.just(Part.plain(allPlausible))));
    }

    private static Arbitrary<Body> body(ApiOperation operation) {
        Arbitrary<String> contentType = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("application/json")),
                Tuple.of(2, Arbitraries.of(OTHER_CONTENT_TYPES)), Tuple.of(1, Arbitraries.just((String) null)));
        Arbitrary<Body> absent = Arbitraries.just(new Body(null, null, false, "no body"));
        Arbitrary<Body> raw = Combinators.combine(contentType, Arbitraries.of(HostileValue.RAW_BODY))
                .as((type, value) -> body(type, value.text(), value.unstorable(), "body " + value));
        if (!operation.readsBody()) {
            return Arbitraries.frequencyOf(Tuple.of(8, absent), Tuple.of(1, raw));
        }
        Arbitrary<Body> plausible = contentType.map(type -> body(type, operation.bodyWith("", json(operation), JSON),
                false, "plausible body"));
        Arbitrary<Body> field = Combinators.combine(contentType, Arbitraries.of(operation.pointers()),
                        Arbitraries.of(HostileValue.JSON))
                .as((type, pointer, value) -> body(type, operation.bodyWith(pointer, value.text(), JSON),
                        value.unstorable(), "body" + (pointer.isEmpty() ? "" : pointer) + "=" + value));
        Arbitrary<Body> duplicate = Combinators.combine(contentType, Arbitraries.of(operation.pointers()))
                .as((type, pointer) -> body(type, operation.bodyWith(pointer, "{\"k\":1,\"k\":1}", JSON), true,
                        "duplicate key at " + (pointer.isEmpty() ? "/" : pointer)));
        return Arbitraries.frequencyOf(Tuple.of(1, absent), Tuple.of(2, plausible), Tuple.of(6, field),
                Tuple.of(1, duplicate), Tuple.of(2, raw));
    }

    private static String json(ApiOperation operation) {
        try {
            return JSON.writeValueAsString(operation.plausibleBody());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Body body(String contentType, String text, boolean unstorable, String what) {
        return new Body(contentType, text.getBytes(StandardCharsets.UTF_8), unstorable, what);
    }
}
