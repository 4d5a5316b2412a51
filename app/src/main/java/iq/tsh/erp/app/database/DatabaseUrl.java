package iq.tsh.erp.app.database;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code DATABASE_URL} in either form ops use: {@code postgresql://user:pass@host:port/db} (also {@code postgres://})
 * or {@code jdbc:postgresql://host:port/db?user=..}. Credentials in the URL become separate JDBC credentials.
 */
record DatabaseUrl(String jdbcUrl, String username, String password) {

    static DatabaseUrl parse(String url) {
        String value = url.strip();
        if (value.startsWith("jdbc:postgresql:")) {
            return new DatabaseUrl(value, null, null);
        }
        if (!value.startsWith("postgresql://") && !value.startsWith("postgres://")) {
            throw new DatabaseConfigurationException("DATABASE_URL must start with postgresql://, postgres:// or "
                    + "jdbc:postgresql://, but starts with '" + scheme(value) + "'");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new DatabaseConfigurationException("DATABASE_URL is not a valid URL: " + e.getReason()
                    + " (characters like @ : / in the password must be percent-encoded)");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new DatabaseConfigurationException("DATABASE_URL names no host: expected postgresql://user:pass@host:port/db");
        }
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (database.isBlank()) {
            throw new DatabaseConfigurationException("DATABASE_URL names no database: expected postgresql://user:pass@host:port/db");
        }
        String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/" + database
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String username = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            username = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        return new DatabaseUrl(jdbc, username, password);
    }

    private static String scheme(String value) {
        int colon = value.indexOf(':');
        return colon < 0 ? (value.length() > 12 ? value.substring(0, 12) + "…" : value) : value.substring(0, colon);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** Where it points, without the password. */
    String describe() {
        return jdbcUrl.replaceAll("password=[^&]*", "password=***") + (username == null ? "" : " as " + username);
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + describe() + "]";
    }
}
