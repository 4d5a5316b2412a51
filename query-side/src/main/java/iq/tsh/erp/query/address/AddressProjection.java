package iq.tsh.erp.query.address;

import iq.tsh.erp.api.address.AddressAdded;
import iq.tsh.erp.api.address.AddressBookId;
import iq.tsh.erp.api.address.AddressChanged;
import iq.tsh.erp.api.address.AddressRemoved;
import iq.tsh.erp.api.address.DefaultBillingAddressChosen;
import iq.tsh.erp.api.address.DefaultShippingAddressChosen;
import iq.tsh.erp.api.readmodel.FindProjectionProgress;
import iq.tsh.erp.query.common.ProgressUpdates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code address_books} (the defaults) and {@code addresses}. Each handler first claims the event's sequence in
 * the customer's {@code address_books} row, so a replayed or redelivered event changes nothing, then tells a
 * customer waiting to read their own change.
 */
@Component
@ProcessingGroup(AddressProjection.PROCESSING_GROUP)
class AddressProjection {

    static final String PROCESSING_GROUP = "storefront-customers";

    private final AddressBookTable books;
    private final ProgressUpdates updates;

    AddressProjection(AddressBookTable books, ProgressUpdates updates) {
        this.books = books;
        this.updates = updates;
    }

    @EventHandler
    void on(AddressAdded event, @SequenceNumber long sequence) {
        String customer = event.addressBookId().customerId();
        if (books.claim(customer, sequence, event.at())) {
            books.add(customer, event.addressId(), event.details(), sequence, event.at());
        }
        progress(event.addressBookId(), sequence);
    }

    @EventHandler
    void on(AddressChanged event, @SequenceNumber long sequence) {
        String customer = event.addressBookId().customerId();
        if (books.claim(customer, sequence, event.at())) {
            books.change(customer, event.addressId(), event.details());
        }
        progress(event.addressBookId(), sequence);
    }

    @EventHandler
    void on(AddressRemoved event, @SequenceNumber long sequence) {
        String customer = event.addressBookId().customerId();
        if (books.claim(customer, sequence, event.at())) {
            books.remove(customer, event.addressId());
        }
        progress(event.addressBookId(), sequence);
    }

    @EventHandler
    void on(DefaultShippingAddressChosen event, @SequenceNumber long sequence) {
        String customer = event.addressBookId().customerId();
        if (books.claim(customer, sequence, event.at())) {
            books.defaultShipping(customer, event.addressId());
        }
        progress(event.addressBookId(), sequence);
    }

    @EventHandler
    void on(DefaultBillingAddressChosen event, @SequenceNumber long sequence) {
        String customer = event.addressBookId().customerId();
        if (books.claim(customer, sequence, event.at())) {
            books.defaultBilling(customer, event.addressId());
        }
        progress(event.addressBookId(), sequence);
    }

    /** A replay rebuilds the tables from the first event; the rows remember sequences, so they must go first. */
    @ResetHandler
    void reset() {
        books.clear();
    }

    private void progress(AddressBookId bookId, long sequence) {
        updates.applied(FindProjectionProgress.ADDRESS_BOOKS, bookId.toString(), sequence);
    }
}
