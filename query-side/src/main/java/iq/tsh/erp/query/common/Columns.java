package iq.tsh.erp.query.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * How read tables hold Java values the driver does not map by itself: instants as {@code timestamptz} (through
 * {@link OffsetDateTime}, exact whatever the JVM's or the session's time zone) and lists as {@code jsonb} text (bind
 * with {@code CAST(? AS jsonb)}). The JSON mapper is a plain one, apart from the application's HTTP settings, so a
 * column's shape never changes with them.
 */
public final class Columns {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private Columns() {
    }

    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> List<T> jsonList(ResultSet rs, String column, Class<T> element) throws SQLException {
        String text = rs.getString(column);
        if (text == null) {
            return List.of();
        }
        JavaType type = JSON.getTypeFactory().constructCollectionType(List.class, element);
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
