package iq.tsh.erp.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A page of events. {@code next} is the cursor of the following page, absent on the last one; pass it back as
 * {@code cursor} (or {@code after}). It is the position of the last event here: a sequence number in a record's
 * history, a global index in the stream.
 *
 * @param aggregateId the record, for a history; absent for the global stream
 * @param position    the stream only: where this page ended (the last index returned, else the position asked
 *                    for), to poll again later with {@code after} even when {@code next} is absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EventPage(String aggregateId, List<AuditEvent> events, String next, Long position) {
}
