package iq.tsh.erp.query.address;

import iq.tsh.erp.api.address.AddressAdded;
import iq.tsh.erp.api.address.AddressChanged;
import iq.tsh.erp.api.address.AddressDetails;
import iq.tsh.erp.api.address.AddressRemoved;
import iq.tsh.erp.api.address.DefaultBillingAddressChosen;
import iq.tsh.erp.api.address.DefaultShippingAddressChosen;
import iq.tsh.erp.query.common.ProjectedSequences;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code address_books} (the defaults) and {@code addresses}. Each handler first claims the event's sequence in
 * the customer's {@code address_books} row, so a replayed or redelivered event changes nothing.
 */
@Component
@ProcessingGroup(AddressProjection.PROCESSING_GROUP)
class AddressProjection {

    static final String PROCESSING_GROUP = "storefront-customers";

    private final JdbcTemplate jdbc;
    private final ProjectedSequences sequences;

    AddressProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.sequences = new ProjectedSequences(jdbc, "address_books");
    }

    @EventHandler
    void on(AddressAdded event, @SequenceNumber long sequence) {
        String customer = event.addressBookId().customerId();
        if (sequences.claim(customer, sequence, event.at())) {
            AddressDetails d = event.details();
            jdbc.update("""
                    insert into addresses (address_id, customer_id, position, label, recipient_name, phone, line1, line2,
                                           city, region, country, postal_code, added_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    event.addressId(), customer, sequence, d.label(), d.recipientName(), d.phone(), d.line1(),
                    d.line2(), d.city(), d.region(), d.country(), d.postalCode(), Timestamp.from(event.at()));
        }
    }

    @EventHandler
    void on(AddressChanged event, @SequenceNumber long sequence) {
        String customer = event.addressBookId().customerId();
        if (sequences.claim(customer, sequence, event.at())) {
            AddressDetails d = event.details();
            jdbc.update("""
                    update addresses set label = ?, recipient_name = ?, phone = ?, line1 = ?, line2 = ?, city = ?,
                        region = ?, country = ?, postal_code = ?
                    where customer_id = ? and address_id = ?""",
                    d.label(), d.recipientName(), d.phone(), d.line1(), d.line2(), d.city(), d.region(), d.country(),
                    d.postalCode(), customer, event.addressId());
        }
    }

    @EventHandler
    void on(AddressRemoved event, @SequenceNumber long sequence) {
        String customer = event.addressBookId().customerId();
        if (sequences.claim(customer, sequence, event.at())) {
            jdbc.update("delete from addresses where customer_id = ? and address_id = ?", customer, event.addressId());
        }
    }

    @EventHandler
    void on(DefaultShippingAddressChosen event, @SequenceNumber long sequence) {
        String customer = event.addressBookId().customerId();
        if (sequences.claim(customer, sequence, event.at())) {
            jdbc.update("update address_books set default_shipping_id = ? where customer_id = ?",
                    event.addressId(), customer);
        }
    }

    @EventHandler
    void on(DefaultBillingAddressChosen event, @SequenceNumber long sequence) {
        String customer = event.addressBookId().customerId();
        if (sequences.claim(customer, sequence, event.at())) {
            jdbc.update("update address_books set default_billing_id = ? where customer_id = ?",
                    event.addressId(), customer);
        }
    }

    /** A replay rebuilds the tables from the first event; the rows remember sequences, so they must go first. */
    @ResetHandler
    void reset() {
        jdbc.update("delete from addresses");
        jdbc.update("delete from address_books");
    }
}
