package iq.tsh.erp.zoho.webhook;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The URL's query parameters, read from the query string alone: asking the servlet request for parameters would
 * consume a form-encoded body before its signature is checked.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    static Map<String, String> parse(String queryString) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (queryString == null || queryString.isEmpty()) {
            return parameters;
        }
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadDeliveryException(400, "Unreadable query string", "the query string is not valid URL encoding");
        }
    }
}
