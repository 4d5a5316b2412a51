package iq.tsh.erp.ops.dashboard;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A WHERE clause built from fixed SQL fragments and bound values: the filters the caller chose, nothing else.
 * Only constant text from this package goes into the SQL; every value goes in as a parameter.
 */
final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** Adds {@code condition} with its values when {@code value} is present; a null value means no such filter. */
    SqlFilter when(Object value, String condition, Object... bound) {
        if (value != null) {
            conditions.add(condition);
            values.addAll(Arrays.asList(bound));
        }
        return this;
    }

    String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The bound values, followed by {@code more} (a limit, say). */
    Object[] values(Object... more) {
        List<Object> all = new ArrayList<>(values);
        all.addAll(Arrays.asList(more));
        return all.toArray();
    }

    /** A time bound as {@code timestamptz}, whatever the JVM's time zone. */
    static OffsetDateTime time(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
