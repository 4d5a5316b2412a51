package iq.tsh.erp.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every request body an endpoint reads through Spring ({@code @RequestBody} of a record, a {@code JsonNode}, or a
 * {@code String} the endpoint parses itself) passes {@link JsonBodyCheck} first, whatever its content type says:
 * the same rules for every body, and no change to any {@code ObjectMapper} (Axon's, which must keep reading stored
 * events, is not touched). Bodies are already bounded by {@code erp.security.max-request-size}, so holding one in
 * memory for the check is cheap. The Zoho webhooks read their raw bytes themselves and keep their own rules.
 */
@ControllerAdvice
public class StorableBodies extends RequestBodyAdviceAdapter {

    private static final String WEBHOOKS = "iq.tsh.erp.zoho.webhook";

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return !parameter.getContainingClass().getPackageName().startsWith(WEBHOOKS);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = input.getBody().readAllBytes();
        JsonBodyCheck.check(body);
        return new Checked(input.getHeaders(), body);
    }

    /** The body already read, handed on to the converter. */
    private record Checked(HttpHeaders headers, byte[] bytes) implements HttpInputMessage {

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }
    }
}
