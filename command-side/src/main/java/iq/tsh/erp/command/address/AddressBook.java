package iq.tsh.erp.command.address;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import iq.tsh.erp.api.address.AddAddress;
import iq.tsh.erp.api.address.AddressAdded;
import iq.tsh.erp.api.address.AddressBookId;
import iq.tsh.erp.api.address.AddressChanged;
import iq.tsh.erp.api.address.AddressRejection;
import iq.tsh.erp.api.address.AddressRemoved;
import iq.tsh.erp.api.address.ChangeAddress;
import iq.tsh.erp.api.address.DefaultBillingAddressChosen;
import iq.tsh.erp.api.address.DefaultShippingAddressChosen;
import iq.tsh.erp.api.address.RemoveAddress;
import iq.tsh.erp.api.address.SavedAddress;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One customer's address book. While it has addresses it always has a default shipping and a default billing
 * address: the first address takes both, choosing another moves them, and removing a default passes it to the most
 * recently added address left. Another customer's address is simply not in this book, so it is unknown here. Every
 * command answers the sequence number of the book's last event, which the BFF waits for the read model to reach.
 */
@Aggregate
public class AddressBook {

    @AggregateIdentifier
    private AddressBookId addressBookId;
    private final Map<String, SavedAddress> addresses = new LinkedHashMap<>();
    private String defaultShippingId;
    private String defaultBillingId;
    private long lastSequence = -1;

    protected AddressBook() {
        // Axon rebuilds the book from its events; a customer's first address creates it.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(AddAddress command) {
        requireOwner(command.addressBookId(), command.customerId());
        if (addresses.containsKey(command.addressId())) {
            throw rejected("address " + command.addressId() + " already exists", AddressRejection.ADDRESS_ID_TAKEN);
        }
        if (addresses.size() >= AddressRejection.MAX_ADDRESSES) {
            throw rejected("an address book holds at most " + AddressRejection.MAX_ADDRESSES + " addresses",
                    AddressRejection.ADDRESS_BOOK_FULL);
        }
        apply(new AddressAdded(command.addressBookId(), command.customerId(), command.addressId(), command.details(),
                command.at()));
        chooseDefaults(command.addressBookId(), command.customerId(), command.addressId(),
                command.defaultShipping() || defaultShippingId == null,
                command.defaultBilling() || defaultBillingId == null, command.at());
        return lastSequence;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(ChangeAddress command) {
        requireOwner(command.addressBookId(), command.customerId());
        SavedAddress address = require(command.addressId());
        if (!address.details().equals(command.details())) {
            apply(new AddressChanged(command.addressBookId(), command.customerId(), command.addressId(),
                    command.details(), command.at()));
        }
        chooseDefaults(command.addressBookId(), command.customerId(), command.addressId(), command.defaultShipping(),
                command.defaultBilling(), command.at());
        return lastSequence;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(RemoveAddress command) {
        requireOwner(command.addressBookId(), command.customerId());
        require(command.addressId());
        apply(new AddressRemoved(command.addressBookId(), command.customerId(), command.addressId(), command.at()));
        String successor = addresses.values().stream().max(Comparator.comparingLong(SavedAddress::position))
                .map(SavedAddress::addressId).orElse(null);
        if (command.addressId().equals(defaultShippingId)) {
            apply(new DefaultShippingAddressChosen(command.addressBookId(), command.customerId(), successor,
                    command.at()));
        }
        if (command.addressId().equals(defaultBillingId)) {
            apply(new DefaultBillingAddressChosen(command.addressBookId(), command.customerId(), successor,
                    command.at()));
        }
        return lastSequence;
    }

    private void chooseDefaults(AddressBookId book, String customer, String addressId, boolean shipping,
                                boolean billing, Instant at) {
        if (shipping && !addressId.equals(defaultShippingId)) {
            apply(new DefaultShippingAddressChosen(book, customer, addressId, at));
        }
        if (billing && !addressId.equals(defaultBillingId)) {
            apply(new DefaultBillingAddressChosen(book, customer, addressId, at));
        }
    }

    @EventSourcingHandler
    void on(AddressAdded event, @SequenceNumber long sequence) {
        addressBookId = event.addressBookId();
        lastSequence = sequence;
        addresses.put(event.addressId(), new SavedAddress(event.addressId(), event.details(), false, false, sequence,
                event.at()));
    }

    @EventSourcingHandler
    void on(AddressChanged event, @SequenceNumber long sequence) {
        lastSequence = sequence;
        SavedAddress old = addresses.get(event.addressId());
        addresses.put(event.addressId(), new SavedAddress(old.addressId(), event.details(), false, false,
                old.position(), old.addedAt()));
    }

    @EventSourcingHandler
    void on(AddressRemoved event, @SequenceNumber long sequence) {
        lastSequence = sequence;
        addresses.remove(event.addressId());
    }

    @EventSourcingHandler
    void on(DefaultShippingAddressChosen event, @SequenceNumber long sequence) {
        lastSequence = sequence;
        defaultShippingId = event.addressId();
    }

    @EventSourcingHandler
    void on(DefaultBillingAddressChosen event, @SequenceNumber long sequence) {
        lastSequence = sequence;
        defaultBillingId = event.addressId();
    }

    /** The book id is made from the customer id; a command naming another customer is a bug in its sender. */
    private static void requireOwner(AddressBookId bookId, String customerId) {
        if (!bookId.customerId().equals(customerId)) {
            throw new IllegalArgumentException("customer " + customerId + " cannot change " + bookId);
        }
    }

    private SavedAddress require(String addressId) {
        SavedAddress address = addresses.get(addressId);
        if (address == null) {
            throw rejected("no address " + addressId, AddressRejection.UNKNOWN_ADDRESS);
        }
        return address;
    }

    private static CommandExecutionException rejected(String message, AddressRejection code) {
        return new CommandExecutionException(message, null, code);
    }
}
