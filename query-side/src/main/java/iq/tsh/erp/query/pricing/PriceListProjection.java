package iq.tsh.erp.query.pricing;

import static iq.tsh.erp.query.common.Columns.timestamp;

import iq.tsh.erp.api.pricing.PriceListData;
import iq.tsh.erp.api.pricing.PriceListDeleted;
import iq.tsh.erp.api.pricing.PriceListItem;
import iq.tsh.erp.api.pricing.PriceListStatus;
import iq.tsh.erp.api.pricing.PriceListSynced;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code price_lists} and the book prices in {@code product_prices}. Zoho may hold two lists with a book's
 * name (a copy being prepared, say): the book is then held by the active per-item list with the lowest id, a rule
 * that gives the same answer whatever order the lists' events are handled in across segments. A book is rebuilt from
 * its holder's stored items under a per-book lock, so two lists of one book never interleave their writes.
 */
@Component
@ProcessingGroup(PriceListProjection.PROCESSING_GROUP)
class PriceListProjection {

    static final String PROCESSING_GROUP = "pricing";

    private final JdbcTemplate jdbc;

    PriceListProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PriceListSynced event, @SequenceNumber long sequence, @Timestamp Instant at) {
        PriceListData list = event.priceList();
        String id = event.priceListId().pricebookId();
        Optional<String> previousBook = bookOf(id);
        String book = list.book() == null ? null : list.book().code();
        String currency = list.currency() != null ? list.currency() : list.book() == null ? null : list.book().currency();
        int changed = jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    insert into price_lists (pricebook_id, name, book, currency, list_type, active, deleted, items,
                                             last_sequence, updated_at)
                    values (?, ?, ?, ?, ?, ?, false,
                            (select coalesce(jsonb_agg(jsonb_build_object('itemId', i, 'rate', r)), '[]'::jsonb)
                             from unnest(?::text[], ?::numeric[]) as item(i, r)),
                            ?, ?)
                    on conflict (pricebook_id) do update set name = excluded.name, book = excluded.book,
                        currency = excluded.currency, list_type = excluded.list_type, active = excluded.active,
                        deleted = false, items = excluded.items, last_sequence = excluded.last_sequence,
                        updated_at = excluded.updated_at
                    where price_lists.last_sequence < excluded.last_sequence""");
            statement.setString(1, id);
            statement.setString(2, list.name());
            statement.setString(3, book);
            statement.setString(4, currency);
            statement.setString(5, list.type().name());
            statement.setBoolean(6, list.status() == PriceListStatus.ACTIVE);
            statement.setArray(7, connection.createArrayOf("text", list.items().stream().map(PriceListItem::itemId).toArray()));
            statement.setArray(8, connection.createArrayOf("numeric", list.items().stream().map(PriceListItem::rate).toArray()));
            statement.setLong(9, sequence);
            statement.setObject(10, timestamp(at));
            return statement;
        });
        if (changed == 0) {
            return;
        }
        rebuild(previousBook.orElse(null));
        if (book != null && !book.equals(previousBook.orElse(null))) {
            rebuild(book);
        }
    }

    @EventHandler
    void on(PriceListDeleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        String id = event.priceListId().pricebookId();
        Optional<String> book = bookOf(id);
        int updated = jdbc.update("update price_lists set deleted = true, last_sequence = ?, updated_at = ? "
                + "where pricebook_id = ? and last_sequence < ?", sequence, timestamp(at), id, sequence);
        if (updated > 0) {
            rebuild(book.orElse(null));
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from product_prices");
        jdbc.update("delete from price_lists");
    }

    private Optional<String> bookOf(String id) {
        return jdbc.queryForList("select book from price_lists where pricebook_id = ?", String.class, id).stream()
                .filter(book -> book != null).findFirst();
    }

    /** Rewrites a book's prices from the list that holds it now (none: the book is empty and rates apply). */
    private void rebuild(String book) {
        if (book == null) {
            return;
        }
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", Object.class, "product_prices:" + book);
        jdbc.update("delete from product_prices where book = ?", book);
        jdbc.update("""
                insert into product_prices (book, item_id, price, currency, pricebook_id)
                select l.book, item ->> 'itemId', (item ->> 'rate')::numeric, coalesce(l.currency, 'IQD'), l.pricebook_id
                from (select * from price_lists
                      where book = ? and active and not deleted and list_type = 'PER_ITEM'
                      order by pricebook_id limit 1) l,
                     jsonb_array_elements(l.items) item""", book);
    }
}
