package iq.tsh.erp.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

/**
 * Which events of the global stream an auditor asked for.
 *
 * @param payloadTypes full class names to keep; {@code null} keeps every type, an empty list none
 * @param from         first instant of the window (inclusive), or {@code null}
 * @param to           end of the window (exclusive), or {@code null}
 */
record StreamFilter(List<String> payloadTypes, Instant from, Instant to) {

    boolean matchesNothing() {
        return payloadTypes != null && payloadTypes.isEmpty();
    }

    /** The SQL conditions after {@code global_index > ?}, adding their values to {@code args}. */
    String conditions(List<Object> args) {
        StringBuilder sql = new StringBuilder();
        if (payloadTypes != null) {
            sql.append(" and payload_type in (").append(String.join(", ", Collections.nCopies(payloadTypes.size(), "?")))
                    .append(')');
            args.addAll(payloadTypes);
        }
        // time_stamp is Axon's ISO-8601 text: compared as an instant, whatever its offset or precision.
        if (from != null) {
            sql.append(" and time_stamp::timestamptz >= ?::timestamptz");
            args.add(from.toString());
        }
        if (to != null) {
            sql.append(" and time_stamp::timestamptz < ?::timestamptz");
            args.add(to.toString());
        }
        return sql.toString();
    }
}
