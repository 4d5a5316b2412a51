package iq.tsh.erp.query.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import iq.tsh.erp.api.pricing.PriceBook;
import iq.tsh.erp.api.pricing.PriceDirection;
import iq.tsh.erp.api.pricing.PriceListData;
import iq.tsh.erp.api.pricing.PriceListDeleted;
import iq.tsh.erp.api.pricing.PriceListId;
import iq.tsh.erp.api.pricing.PriceListItem;
import iq.tsh.erp.api.pricing.PriceListStatus;
import iq.tsh.erp.api.pricing.PriceListSynced;
import iq.tsh.erp.api.pricing.PriceListType;
import iq.tsh.erp.query.common.Columns;
import iq.tsh.erp.query.common.Projector;
import iq.tsh.erp.query.common.ReadModelDatabase;
import iq.tsh.erp.query.common.Replays;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pricing group's {@code price_lists} and the book prices rebuilt from them in {@code product_prices}. */
class PriceListProjectionTest {

    private static final String FIRST = "3712000000000000001";
    private static final String SECOND = "3712000000000000002";

    private final Projector projector = new Projector(new PriceListProjection(ReadModelDatabase.jdbc()), "PriceList");

    @BeforeEach
    void empty() {
        ReadModelDatabase.emptyReadTables();
    }

    record ListRow(String pricebookId, String name, String book, String currency, String listType, boolean active,
                   boolean deleted, String items, long lastSequence, Instant updatedAt) {
    }

    record Price(String book, String itemId, BigDecimal price, String currency, String pricebookId) {
    }

    private static PriceListItem item(String itemId, String rate) {
        return new PriceListItem(itemId, new BigDecimal(rate));
    }

    /** An active per-item list named after its book, in the book's currency (the list states none). */
    private static PriceListData perItem(String id, PriceBook book, PriceListItem... items) {
        return new PriceListData(id, book.code(), null, null, PriceListStatus.ACTIVE, PriceListType.PER_ITEM, null, null,
                "no_rounding", 2, List.of(items), book);
    }

    private static PriceListData inactive(String id, PriceBook book, PriceListItem... items) {
        return new PriceListData(id, book.code(), null, null, PriceListStatus.INACTIVE, PriceListType.PER_ITEM, null,
                null, "no_rounding", 2, List.of(items), book);
    }

    private DomainEventMessage<?> synced(String id, long sequence, PriceListData list) {
        PriceListId priceListId = PriceListId.ofPriceBook(id);
        return projector.event(priceListId.toString(), sequence, new PriceListSynced(priceListId, list));
    }

    private DomainEventMessage<?> deleted(String id, long sequence) {
        PriceListId priceListId = PriceListId.ofPriceBook(id);
        return projector.event(priceListId.toString(), sequence, new PriceListDeleted(priceListId));
    }

    private static ListRow list(String id, String name, String book, String currency, String type, boolean active,
                                boolean deleted, String items, long sequence) {
        return new ListRow(id, name, book, currency, type, active, deleted, items, sequence,
                Projector.T0.plusSeconds(sequence));
    }

    private static Price price(String book, String itemId, String price, String currency, String pricebookId) {
        return new Price(book, itemId, new BigDecimal(price).setScale(4), currency, pricebookId);
    }

    static List<ListRow> lists() {
        return ReadModelDatabase.jdbc().query("""
                SELECT pricebook_id, name, book, currency, list_type, active, deleted, items::text AS items,
                       last_sequence, updated_at
                FROM price_lists ORDER BY pricebook_id""", (rs, row) -> new ListRow(rs.getString("pricebook_id"),
                rs.getString("name"), rs.getString("book"), rs.getString("currency"), rs.getString("list_type"),
                rs.getBoolean("active"), rs.getBoolean("deleted"), rs.getString("items"), rs.getLong("last_sequence"),
                Columns.instant(rs, "updated_at")));
    }

    static List<Price> prices() {
        return ReadModelDatabase.jdbc().query("SELECT * FROM product_prices ORDER BY book, item_id",
                (rs, row) -> new Price(rs.getString("book"), rs.getString("item_id"), rs.getBigDecimal("price"),
                        rs.getString("currency"), rs.getString("pricebook_id")));
    }

    @Test
    void pricesTheBookFromTheListsItems() {
        projector.handle(synced(FIRST, 0, perItem(FIRST, PriceBook.WHOLESALE_A, item("tea", "750"),
                item("oil", "1500.50"))));

        assertThat(lists()).containsExactly(list(FIRST, "wholesale_a", "wholesale_a", "USD", "PER_ITEM", true, false,
                "[{\"rate\": 1500.5, \"itemId\": \"oil\"}, {\"rate\": 750, \"itemId\": \"tea\"}]", 0));
        assertThat(prices()).containsExactly(price("wholesale_a", "oil", "1500.5", "USD", FIRST),
                price("wholesale_a", "tea", "750", "USD", FIRST));
    }

    @Test
    void aNewSnapshotSetsTheBooksPricesInsteadOfMergingThem() {
        projector.handle(List.of(synced(FIRST, 0, perItem(FIRST, PriceBook.WHOLESALE_A, item("oil", "1500"),
                        item("tea", "750"))),
                synced(FIRST, 1, perItem(FIRST, PriceBook.WHOLESALE_A, item("tea", "800"), item("rice", "9000")))));

        assertThat(prices()).containsExactly(price("wholesale_a", "rice", "9000", "USD", FIRST),
                price("wholesale_a", "tea", "800", "USD", FIRST));
        assertThat(lists()).extracting(ListRow::lastSequence).containsExactly(1L);
    }

    @Test
    void aListRenamedToAnotherBookOrToNoBookTakesItsPricesAlong() {
        projector.handle(List.of(synced(FIRST, 0, perItem(FIRST, PriceBook.WHOLESALE_A, item("oil", "1500"))),
                synced(FIRST, 1, perItem(FIRST, PriceBook.TECHNICAL_IQD, item("oil", "2000000")))));
        assertThat(prices()).containsExactly(price("technical_iqd", "oil", "2000000", "IQD", FIRST));

        projector.handle(synced(FIRST, 2, new PriceListData(FIRST, "Ramadan copy", null, "IQD", PriceListStatus.ACTIVE,
                PriceListType.PER_ITEM, null, null, "no_rounding", 0, List.of(item("oil", "1900000")), null)));
        assertThat(prices()).isEmpty();
        assertThat(lists()).containsExactly(list(FIRST, "Ramadan copy", null, "IQD", "PER_ITEM", true, false,
                "[{\"rate\": 1900000, \"itemId\": \"oil\"}]", 2));
    }

    @Test
    void inactiveAndPercentageListsPriceNothing() {
        projector.handle(List.of(synced(FIRST, 0, inactive(FIRST, PriceBook.RETAILER, item("oil", "1500"))),
                synced(SECOND, 0, new PriceListData(SECOND, "consumer_iqd", null, "IQD", PriceListStatus.ACTIVE,
                        PriceListType.PERCENTAGE, new BigDecimal("10"), PriceDirection.MARKUP, "no_rounding", 0, null,
                        PriceBook.CONSUMER_IQD))));

        assertThat(lists()).containsExactly(
                list(FIRST, "retailer", "retailer", "USD", "PER_ITEM", false, false,
                        "[{\"rate\": 1500, \"itemId\": \"oil\"}]", 0),
                list(SECOND, "consumer_iqd", "consumer_iqd", "IQD", "PERCENTAGE", true, false, "[]", 0));
        assertThat(prices()).isEmpty();
    }

    @Test
    void theActivePerItemListWithTheLowestIdHoldsTheBookInAnyOrder() {
        List<DomainEventMessage<?>> first = List.of(synced(FIRST, 0, perItem(FIRST, PriceBook.RETAILER,
                item("oil", "1500"))));
        List<DomainEventMessage<?>> second = List.of(synced(SECOND, 0, perItem(SECOND, PriceBook.RETAILER,
                item("oil", "1600"), item("tea", "700"))));

        projector.handle(concat(second, first));
        List<Price> secondThenFirst = prices();
        projector.reset();
        projector.handle(concat(first, second));

        assertThat(prices()).containsExactly(price("retailer", "oil", "1500", "USD", FIRST)).isEqualTo(secondThenFirst);

        projector.handle(synced(FIRST, 1, inactive(FIRST, PriceBook.RETAILER, item("oil", "1500"))));
        assertThat(prices()).as("the other list takes the book over").containsExactly(
                price("retailer", "oil", "1600", "USD", SECOND), price("retailer", "tea", "700", "USD", SECOND));
    }

    @Test
    void aDeletedListStopsPricingItsBookAndHandsItToTheNextList() {
        projector.handle(List.of(synced(FIRST, 0, perItem(FIRST, PriceBook.WHOLESALE_B, item("oil", "1500"))),
                synced(SECOND, 0, perItem(SECOND, PriceBook.WHOLESALE_B, item("oil", "1600"))), deleted(FIRST, 1)));

        assertThat(lists()).containsExactly(
                list(FIRST, "wholesale_b", "wholesale_b", "USD", "PER_ITEM", true, true,
                        "[{\"rate\": 1500, \"itemId\": \"oil\"}]", 1),
                list(SECOND, "wholesale_b", "wholesale_b", "USD", "PER_ITEM", true, false,
                        "[{\"rate\": 1600, \"itemId\": \"oil\"}]", 0));
        assertThat(prices()).containsExactly(price("wholesale_b", "oil", "1600", "USD", SECOND));

        projector.handle(deleted(SECOND, 1));
        assertThat(prices()).isEmpty();
    }

    @Test
    void anOlderOrDuplicateSequenceChangesNothing() {
        projector.handle(List.of(synced(FIRST, 0, perItem(FIRST, PriceBook.WHOLESALE_A, item("oil", "1500"))),
                synced(FIRST, 1, perItem(FIRST, PriceBook.RETAILER, item("oil", "1600")))));
        List<ListRow> lists = lists();
        List<Price> prices = prices();

        projector.handle(List.of(synced(FIRST, 1, perItem(FIRST, PriceBook.WHOLESALE_B, item("tea", "1"))),
                synced(FIRST, 0, perItem(FIRST, PriceBook.WHOLESALE_A, item("oil", "1500"))), deleted(FIRST, 1),
                deleted(FIRST, 0)));

        assertThat(lists()).isEqualTo(lists).containsExactly(list(FIRST, "retailer", "retailer", "USD", "PER_ITEM",
                true, false, "[{\"rate\": 1600, \"itemId\": \"oil\"}]", 1));
        assertThat(prices()).isEqualTo(prices).containsExactly(price("retailer", "oil", "1600", "USD", FIRST));
    }

    @Test
    void replayingTwiceGivesTheSameRows() {
        List<DomainEventMessage<?>> events = List.of(
                synced(SECOND, 0, perItem(SECOND, PriceBook.WHOLESALE_A, item("oil", "1600"), item("tea", "700"))),
                synced(FIRST, 0, perItem(FIRST, PriceBook.RETAILER, item("oil", "1500"))),
                synced(FIRST, 1, perItem(FIRST, PriceBook.WHOLESALE_A, item("oil", "1400"))),
                synced(SECOND, 1, perItem(SECOND, PriceBook.RETAILER, item("rice", "9000"))),
                synced(FIRST, 2, inactive(FIRST, PriceBook.WHOLESALE_A, item("oil", "1400"))),
                deleted(SECOND, 2),
                synced(FIRST, 3, perItem(FIRST, PriceBook.CONSUMER_IQD, item("tea", "1000000"))));

        Replays.assertReplayable(projector, events, "price_lists", "product_prices");

        assertThat(prices()).containsExactly(price("consumer_iqd", "tea", "1000000", "IQD", FIRST));
        assertThat(lists()).extracting(ListRow::pricebookId, ListRow::deleted, ListRow::lastSequence)
                .containsExactly(tuple(FIRST, false, 3L), tuple(SECOND, true, 2L));
    }

    private static List<DomainEventMessage<?>> concat(List<DomainEventMessage<?>> a, List<DomainEventMessage<?>> b) {
        List<DomainEventMessage<?>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
