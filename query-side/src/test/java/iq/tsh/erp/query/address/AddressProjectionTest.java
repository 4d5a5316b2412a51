package iq.tsh.erp.query.address;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.api.address.AddressAdded;
import iq.tsh.erp.api.address.AddressBookId;
import iq.tsh.erp.api.address.AddressBookView;
import iq.tsh.erp.api.address.AddressChanged;
import iq.tsh.erp.api.address.AddressDetails;
import iq.tsh.erp.api.address.AddressRemoved;
import iq.tsh.erp.api.address.DefaultBillingAddressChosen;
import iq.tsh.erp.api.address.DefaultShippingAddressChosen;
import iq.tsh.erp.api.address.SavedAddress;
import iq.tsh.erp.query.common.Projector;
import iq.tsh.erp.query.common.ReadModelDatabase;
import iq.tsh.erp.query.common.Replays;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AddressProjectionTest {

    private static final String CUSTOMER = "4902000000000000002";
    private static final AddressBookId BOOK = AddressBookId.of(CUSTOMER);
    private static final Instant AT = Instant.parse("2025-05-05T09:00:00Z");

    private final AddressBookTable table = new AddressBookTable(ReadModelDatabase.jdbc());
    private final Projector projector = new Projector(new AddressProjection(table, Projector.progressUpdates()),
            "AddressBook");

    @BeforeEach
    void empty() {
        ReadModelDatabase.emptyReadTables();
    }

    private static AddressDetails details(String label) {
        return new AddressDetails(label, "Ali", "07701234567", "Street 1", null, "Baghdad", null, "IQ", null);
    }

    private static Object[] history() {
        return new Object[] {new AddressAdded(BOOK, CUSTOMER, "home", details("Home"), AT),
                new DefaultShippingAddressChosen(BOOK, CUSTOMER, "home", AT),
                new DefaultBillingAddressChosen(BOOK, CUSTOMER, "home", AT),
                new AddressAdded(BOOK, CUSTOMER, "work", details("Work"), AT),
                new DefaultBillingAddressChosen(BOOK, CUSTOMER, "work", AT),
                new AddressAdded(BOOK, CUSTOMER, "shop", details("Shop"), AT),
                new AddressAdded(BOOK, CUSTOMER, "newest", details("Newest"), AT),
                new AddressChanged(BOOK, CUSTOMER, "shop", details("Shop 2"), AT)};
    }

    @Test
    void listsDefaultShippingThenDefaultBillingThenNewest() {
        projector.handle(projector.history(BOOK.toString(), history()));

        AddressBookView book = table.book(CUSTOMER);
        assertThat(book.addresses()).extracting(SavedAddress::addressId)
                .containsExactly("home", "work", "newest", "shop");
        assertThat(book.find("home").orElseThrow().defaultShipping()).isTrue();
        assertThat(book.find("work").orElseThrow().defaultBilling()).isTrue();
        assertThat(book.find("shop").orElseThrow().details().label()).isEqualTo("Shop 2");
        assertThat(table.lastApplied(BOOK.toString())).isEqualTo(7);
    }

    @Test
    void aRemovedAddressIsGone() {
        projector.handle(projector.history(BOOK.toString(), new AddressAdded(BOOK, CUSTOMER, "home", details("Home"), AT),
                new AddressRemoved(BOOK, CUSTOMER, "home", AT), new DefaultShippingAddressChosen(BOOK, CUSTOMER, null, AT)));

        assertThat(table.book(CUSTOMER).addresses()).isEmpty();
    }

    @Test
    void replayingTwiceGivesTheSameRows() {
        Replays.assertReplayable(projector, projector.history(BOOK.toString(), history()), "address_books", "addresses");
    }
}
