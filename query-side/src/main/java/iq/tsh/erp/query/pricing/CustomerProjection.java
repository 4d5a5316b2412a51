package iq.tsh.erp.query.pricing;

import static iq.tsh.erp.query.common.Columns.timestamp;

import iq.tsh.erp.api.customer.CustomerData;
import iq.tsh.erp.api.customer.CustomerDeleted;
import iq.tsh.erp.api.customer.CustomerStatus;
import iq.tsh.erp.api.customer.CustomerSynced;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code customers}: who buys at which price list, in which currency and language. */
@Component
@ProcessingGroup(PriceListProjection.PROCESSING_GROUP)
class CustomerProjection {

    private final JdbcTemplate jdbc;

    CustomerProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CustomerSynced event, @SequenceNumber long sequence, @Timestamp Instant at) {
        CustomerData customer = event.customer();
        // The guard in the where clause makes a replayed or redelivered older event change nothing.
        jdbc.update("""
                insert into customers (contact_id, name, first_name, price_list_id, currency, language, active, deleted,
                                       last_sequence, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, false, ?, ?)
                on conflict (contact_id) do update set name = excluded.name, first_name = excluded.first_name,
                    price_list_id = excluded.price_list_id, currency = excluded.currency, language = excluded.language,
                    active = excluded.active, deleted = false, last_sequence = excluded.last_sequence,
                    updated_at = excluded.updated_at
                where customers.last_sequence < excluded.last_sequence""",
                event.customerId().contactId(), customer.name(), customer.firstName(), customer.priceListId(),
                customer.currency(), customer.language(), customer.status() == CustomerStatus.ACTIVE, sequence,
                timestamp(at));
    }

    @EventHandler
    void on(CustomerDeleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("update customers set deleted = true, last_sequence = ?, updated_at = ? where contact_id = ? and last_sequence < ?",
                sequence, timestamp(at), event.customerId().contactId(), sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from customers");
    }
}
