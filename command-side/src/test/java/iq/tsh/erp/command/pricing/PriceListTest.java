package iq.tsh.erp.command.pricing;

import iq.tsh.erp.api.common.SyncOutcome;
import iq.tsh.erp.api.pricing.DeletePriceList;
import iq.tsh.erp.api.pricing.PriceBook;
import iq.tsh.erp.api.pricing.PriceListData;
import iq.tsh.erp.api.pricing.PriceListDeleted;
import iq.tsh.erp.api.pricing.PriceListId;
import iq.tsh.erp.api.pricing.PriceListItem;
import iq.tsh.erp.api.pricing.PriceListStatus;
import iq.tsh.erp.api.pricing.PriceListSynced;
import iq.tsh.erp.api.pricing.PriceListType;
import iq.tsh.erp.api.pricing.SyncPriceList;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PriceListTest {

    private static final PriceListId ID = PriceListId.ofPriceBook("5128640000000007101");
    private static final String OIL = "5128640000000001001";
    private static final String SUGAR = "5128640000000001002";

    private AggregateTestFixture<PriceList> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PriceList.class);
    }

    private static PriceListItem item(String itemId, String rate) {
        return new PriceListItem(itemId, new BigDecimal(rate));
    }

    private static PriceListData list(List<PriceListItem> items) {
        return new PriceListData("5128640000000007101", "consumer_iqd", "Consumer prices", "IQD",
                PriceListStatus.ACTIVE, PriceListType.PER_ITEM, null, null, "no_rounding", 0, items,
                PriceBook.CONSUMER_IQD);
    }

    private static PriceListData list(String oilRate) {
        return list(List.of(item(OIL, oilRate), item(SUGAR, "59500")));
    }

    private static PriceListSynced synced(String oilRate) {
        return new PriceListSynced(ID, list(oilRate));
    }

    @Test
    void createsPriceListFromFirstSnapshot() {
        fixture.givenNoPriorActivity()
                .when(new SyncPriceList(ID, list("17250")))
                .expectEvents(synced("17250"))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void recordsChangedRates() {
        fixture.given(synced("17250"))
                .when(new SyncPriceList(ID, list("17750")))
                .expectEvents(synced("17750"))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void staysSilentForUnchangedSnapshot() {
        fixture.given(synced("17250"))
                .when(new SyncPriceList(ID, list("17250")))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.UNCHANGED);
    }

    @Test
    void treatsItemsInAnotherOrderAsUnchanged() {
        fixture.given(synced("17250"))
                .when(new SyncPriceList(ID, list(List.of(item(SUGAR, "59500"), item(OIL, "17250.00")))))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.UNCHANGED);
    }

    @Test
    void acceptsEarlierContentAgainBecausePriceListsHaveNoClock() {
        fixture.given(synced("17250"), synced("17750"))
                .when(new SyncPriceList(ID, list("17250")))
                .expectEvents(synced("17250"))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void deletesPriceList() {
        fixture.given(synced("17250"))
                .when(new DeletePriceList(ID))
                .expectEvents(new PriceListDeleted(ID))
                .expectResultMessagePayload(SyncOutcome.ACCEPTED);
    }

    @Test
    void deletesOnlyOnce() {
        fixture.given(synced("17250"), new PriceListDeleted(ID))
                .when(new DeletePriceList(ID))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.UNCHANGED);
    }

    @Test
    void keepsDeletedPriceListDeletedWhenASnapshotArrivesLate() {
        fixture.given(synced("17250"), new PriceListDeleted(ID))
                .when(new SyncPriceList(ID, list("17250")))
                .expectNoEvents()
                .expectResultMessagePayload(SyncOutcome.STALE);
    }
}
