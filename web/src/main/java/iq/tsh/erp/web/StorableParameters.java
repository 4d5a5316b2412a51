package iq.tsh.erp.web;

import iq.tsh.erp.api.common.StorableValues;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Path variables and query parameters of every endpoint (the webhooks aside, whose query is part of Zoho's
 * signature) must be storable text: a NUL ({@code %00}), a malformed percent-encoding or bytes that are not UTF-8
 * are a 400 naming the parameter, before any controller or query sees the value. The raw query string is read, not
 * {@code getParameter}, so a form body is never consumed here and nothing Tomcat would silently drop escapes the
 * rule.
 */
class StorableParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> refuse(String.valueOf(name), String.valueOf(value)));
        }
        String query = request.getQueryString();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&", -1)) {
                int equals = pair.indexOf('=');
                String rawName = equals < 0 ? pair : pair.substring(0, equals);
                String name = decode(rawName, rawName);
                refuse(name, name);
                if (equals >= 0) {
                    refuse(name, decode(pair.substring(equals + 1), name));
                }
            }
        }
        return true;
    }

    private static void refuse(String name, String value) {
        String problem = StorableValues.textProblem(value);
        if (problem != null) {
            throw new UnstorableInputException(name, problem);
        }
    }

    private static int hex(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }

    /** {@code application/x-www-form-urlencoded} decoding that refuses what is not UTF-8 instead of guessing. */
    private static String decode(String raw, String name) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                int high = i + 2 < raw.length() ? hex(raw.charAt(i + 1)) : -1;
                int low = high < 0 ? -1 : hex(raw.charAt(i + 2));
                if (low < 0) {
                    throw new UnstorableInputException(name, "is not percent-encoded correctly");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // Tomcat already refuses raw non-ASCII in the request line; the rule stays whole without it.
                throw new UnstorableInputException(name, "must be percent-encoded UTF-8");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new UnstorableInputException(name, "must be valid UTF-8 text");
        }
    }
}
