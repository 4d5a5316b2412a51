package iq.tsh.erp.command.address;


import iq.tsh.erp.api.address.AddAddress;
import iq.tsh.erp.api.address.AddressAdded;
import iq.tsh.erp.api.address.AddressBookId;
import iq.tsh.erp.api.address.AddressChanged;
import iq.tsh.erp.api.address.AddressDetails;
import iq.tsh.erp.api.address.AddressRejection;
import iq.tsh.erp.api.address.AddressRemoved;
import iq.tsh.erp.api.address.ChangeAddress;
import iq.tsh.erp.api.address.DefaultBillingAddressChosen;
import iq.tsh.erp.api.address.DefaultShippingAddressChosen;
import iq.tsh.erp.api.address.RemoveAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AddressBookTest {

    private static final String CUSTOMER = "4902000000000000001";
    private static final AddressBookId BOOK = AddressBookId.of(CUSTOMER);
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-03-03T09:00:00Z");
    private static final AddressDetails HOME = details("Home", "Karrada, street 62");
    private static final AddressDetails WORK = details("Work", "Mansour, 14 Ramadan street");
    private static final AddressDetails SHOP = details("Shop", "Basra, Ashar");

    private AggregateTestFixture<AddressBook> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AddressBook.class);
    }

    private static AddressDetails details(String label, String line1) {
        return new AddressDetails(label, "Haider Al-Saadi", "+9647701234567", line1, null, "Baghdad", "Baghdad",
                "IQ", null);
    }

    private static AddressAdded added(String id, AddressDetails details) {
        return new AddressAdded(BOOK, CUSTOMER, id, details, MONDAY);
    }

    private static DefaultShippingAddressChosen shipping(String id, Instant at) {
        return new DefaultShippingAddressChosen(BOOK, CUSTOMER, id, at);
    }

    private static DefaultBillingAddressChosen billing(String id, Instant at) {
        return new DefaultBillingAddressChosen(BOOK, CUSTOMER, id, at);
    }

    /** The book with home (both defaults) and work. */
    private static Object[] homeAndWork() {
        return new Object[] {added("home", HOME), shipping("home", MONDAY), billing("home", MONDAY),
                added("work", WORK)};
    }

    @Test
    void makesTheFirstAddressBothDefaults() {
        fixture.givenNoPriorActivity()
                .when(new AddAddress(BOOK, CUSTOMER, "home", HOME, false, false, MONDAY))
                .expectEvents(added("home", HOME), shipping("home", MONDAY), billing("home", MONDAY))
                .expectResultMessagePayload(2L);
    }

    @Test
    void addsALaterAddressWithoutTouchingTheDefaults() {
        fixture.given(added("home", HOME), shipping("home", MONDAY), billing("home", MONDAY))
                .when(new AddAddress(BOOK, CUSTOMER, "work", WORK, false, false, TUESDAY))
                .expectEvents(new AddressAdded(BOOK, CUSTOMER, "work", WORK, TUESDAY));
    }

    @Test
    void aNewDefaultReplacesTheOldOne() {
        fixture.given(added("home", HOME), shipping("home", MONDAY), billing("home", MONDAY))
                .when(new AddAddress(BOOK, CUSTOMER, "work", WORK, true, false, TUESDAY))
                .expectEvents(new AddressAdded(BOOK, CUSTOMER, "work", WORK, TUESDAY), shipping("work", TUESDAY))
                .expectResultMessagePayload(4L);
    }

    @Test
    void answersTheSequenceOfTheBooksLastEvent() {
        fixture.given(added("home", HOME), shipping("home", MONDAY), billing("home", MONDAY), added("work", WORK),
                        billing("work", MONDAY), added("shop", SHOP))
                .when(new AddAddress(BOOK, CUSTOMER, "newest", HOME, false, false, TUESDAY))
                .expectEvents(new AddressAdded(BOOK, CUSTOMER, "newest", HOME, TUESDAY))
                .expectResultMessagePayload(6L);
    }

    @Test
    void refusesAnAddressOverTheLimit() {
        List<Object> twenty = new ArrayList<>(List.of(added("a0", HOME), shipping("a0", MONDAY), billing("a0", MONDAY)));
        for (int i = 1; i < AddressRejection.MAX_ADDRESSES; i++) {
            twenty.add(added("a" + i, HOME));
        }
        fixture.given(twenty)
                .when(new AddAddress(BOOK, CUSTOMER, "one-too-many", HOME, false, false, TUESDAY))
                .expectNoEvents()
                .expectExceptionDetails(AddressRejection.ADDRESS_BOOK_FULL);
    }

    @Test
    void refusesAnIdAlreadyInTheBook() {
        fixture.given(homeAndWork())
                .when(new AddAddress(BOOK, CUSTOMER, "work", SHOP, false, false, TUESDAY))
                .expectNoEvents()
                .expectExceptionDetails(AddressRejection.ADDRESS_ID_TAKEN);
    }

    @Test
    void changesAnAddress() {
        fixture.given(homeAndWork())
                .when(new ChangeAddress(BOOK, CUSTOMER, "work", SHOP, false, false, TUESDAY))
                .expectEvents(new AddressChanged(BOOK, CUSTOMER, "work", SHOP, TUESDAY));
    }

    @Test
    void staysSilentForAnUnchangedAddress() {
        fixture.given(homeAndWork())
                .when(new ChangeAddress(BOOK, CUSTOMER, "work", WORK, false, false, TUESDAY))
                .expectNoEvents();
    }

    @Test
    void makesAChangedAddressTheDefault() {
        fixture.given(homeAndWork())
                .when(new ChangeAddress(BOOK, CUSTOMER, "work", WORK, true, true, TUESDAY))
                .expectEvents(shipping("work", TUESDAY), billing("work", TUESDAY))
                .expectResultMessagePayload(5L);
    }

    @Test
    void aFalseFlagDoesNotTakeTheDefaultAway() {
        fixture.given(homeAndWork())
                .when(new ChangeAddress(BOOK, CUSTOMER, "home", HOME, false, false, TUESDAY))
                .expectNoEvents()
                .expectResultMessagePayload(3L);
    }

    @Test
    void refusesToChangeAnUnknownAddress() {
        fixture.given(homeAndWork())
                .when(new ChangeAddress(BOOK, CUSTOMER, "elsewhere", WORK, false, false, TUESDAY))
                .expectNoEvents()
                .expectExceptionDetails(AddressRejection.UNKNOWN_ADDRESS);
    }

    @Test
    void refusesToChangeInABookNeverUsed() {
        fixture.givenNoPriorActivity()
                .when(new ChangeAddress(BOOK, CUSTOMER, "home", WORK, false, false, TUESDAY))
                .expectNoEvents()
                .expectExceptionDetails(AddressRejection.UNKNOWN_ADDRESS);
    }

    @Test
    void removesAnAddressThatIsNoDefault() {
        fixture.given(homeAndWork())
                .when(new RemoveAddress(BOOK, CUSTOMER, "work", TUESDAY))
                .expectEvents(new AddressRemoved(BOOK, CUSTOMER, "work", TUESDAY))
                .expectResultMessagePayload(4L);
    }

    @Test
    void removingTheDefaultPassesItToTheMostRecentAddressLeft() {
        fixture.given(added("home", HOME), shipping("home", MONDAY), billing("home", MONDAY), added("work", WORK),
                        added("shop", SHOP))
                .when(new RemoveAddress(BOOK, CUSTOMER, "home", TUESDAY))
                .expectEvents(new AddressRemoved(BOOK, CUSTOMER, "home", TUESDAY), shipping("shop", TUESDAY),
                        billing("shop", TUESDAY))
                .expectResultMessagePayload(7L);
    }

    @Test
    void removingTheLastAddressLeavesNoDefault() {
        fixture.given(added("home", HOME), shipping("home", MONDAY), billing("home", MONDAY))
                .when(new RemoveAddress(BOOK, CUSTOMER, "home", TUESDAY))
                .expectEvents(new AddressRemoved(BOOK, CUSTOMER, "home", TUESDAY), shipping(null, TUESDAY),
                        billing(null, TUESDAY))
                .expectResultMessagePayload(5L);
    }

    @Test
    void theNextAddressAfterAnEmptyBookBecomesTheDefaultAgain() {
        fixture.given(added("home", HOME), shipping("home", MONDAY), billing("home", MONDAY),
                        new AddressRemoved(BOOK, CUSTOMER, "home", MONDAY), shipping(null, MONDAY), billing(null, MONDAY))
                .when(new AddAddress(BOOK, CUSTOMER, "work", WORK, false, false, TUESDAY))
                .expectEvents(new AddressAdded(BOOK, CUSTOMER, "work", WORK, TUESDAY), shipping("work", TUESDAY),
                        billing("work", TUESDAY));
    }

    @Test
    void refusesToRemoveAnUnknownAddress() {
        fixture.given(homeAndWork())
                .when(new RemoveAddress(BOOK, CUSTOMER, "elsewhere", TUESDAY))
                .expectNoEvents()
                .expectExceptionDetails(AddressRejection.UNKNOWN_ADDRESS);
    }

    @Test
    void refusesACommandForAnotherCustomersBook() {
        fixture.given(homeAndWork())
                .when(new RemoveAddress(BOOK, "4902000000000000999", "home", TUESDAY))
                .expectNoEvents()
                .expectException(IllegalArgumentException.class);
    }
}
