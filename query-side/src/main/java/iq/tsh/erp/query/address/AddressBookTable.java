package iq.tsh.erp.query.address;

import static iq.tsh.erp.query.common.Columns.instant;
import static iq.tsh.erp.query.common.Columns.timestamp;

import iq.tsh.erp.api.address.AddressBookId;
import iq.tsh.erp.api.address.AddressBookView;
import iq.tsh.erp.api.address.AddressDetails;
import iq.tsh.erp.api.address.SavedAddress;
import iq.tsh.erp.api.readmodel.FindProjectionProgress;
import iq.tsh.erp.query.common.HeadRow;
import iq.tsh.erp.query.common.ProgressSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of {@code address_books} (one row per customer: the last AddressBook event applied and the two defaults)
 * and {@code addresses}. The apply-once rule (docs/read-models.md): a handler first moves the customer's
 * {@code address_books} row to the event's sequence with a guarded upsert, and writes only when that moved it.
 */
@Component
class AddressBookTable implements ProgressSource {

    private static final HeadRow HEAD = new HeadRow("address_books", "customer_id");

    private final JdbcTemplate jdbc;

    AddressBookTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the event at {@code sequence} is new to this book (false: a replay or redelivery, change nothing). */
    boolean claim(String customerId, long sequence, Instant at) {
        return HEAD.claim(jdbc, customerId, sequence, at);
    }

    /** A new address; its position is the sequence of the event that added it (newest-first lists). */
    void add(String customerId, String addressId, AddressDetails d, long position, Instant at) {
        jdbc.update("""
                INSERT INTO addresses (address_id, customer_id, position, label, recipient_name, phone, line1, line2,
                                       city, region, country, postal_code, added_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                addressId, customerId, position, d.label(), d.recipientName(), d.phone(), d.line1(), d.line2(),
                d.city(), d.region(), d.country(), d.postalCode(), timestamp(at));
    }

    void change(String customerId, String addressId, AddressDetails d) {
        jdbc.update("""
                UPDATE addresses SET label = ?, recipient_name = ?, phone = ?, line1 = ?, line2 = ?, city = ?,
                    region = ?, country = ?, postal_code = ?
                WHERE customer_id = ? AND address_id = ?""",
                d.label(), d.recipientName(), d.phone(), d.line1(), d.line2(), d.city(), d.region(), d.country(),
                d.postalCode(), customerId, addressId);
    }

    void remove(String customerId, String addressId) {
        jdbc.update("DELETE FROM addresses WHERE customer_id = ? AND address_id = ?", customerId, addressId);
    }

    void defaultShipping(String customerId, String addressId) {
        jdbc.update("UPDATE address_books SET default_shipping_id = ? WHERE customer_id = ?", addressId, customerId);
    }

    void defaultBilling(String customerId, String addressId) {
        jdbc.update("UPDATE address_books SET default_billing_id = ? WHERE customer_id = ?", addressId, customerId);
    }

    AddressBookView book(String customerId) {
        return AddressBookView.ordered(customerId, jdbc.query("""
                SELECT a.*, a.address_id = b.default_shipping_id AS default_shipping,
                       a.address_id = b.default_billing_id AS default_billing
                FROM addresses a JOIN address_books b ON b.customer_id = a.customer_id
                WHERE a.customer_id = ?""", AddressBookTable::address, customerId));
    }

    void clear() {
        jdbc.update("DELETE FROM addresses");
        jdbc.update("DELETE FROM address_books");
    }

    @Override
    public String readModel() {
        return FindProjectionProgress.ADDRESS_BOOKS;
    }

    @Override
    public long lastApplied(String aggregateId) {
        return HEAD.lastSequence(jdbc, new AddressBookId(aggregateId).customerId());
    }

    private static SavedAddress address(ResultSet rs, int row) throws SQLException {
        AddressDetails details = new AddressDetails(rs.getString("label"), rs.getString("recipient_name"),
                rs.getString("phone"), rs.getString("line1"), rs.getString("line2"), rs.getString("city"),
                rs.getString("region"), rs.getString("country"), rs.getString("postal_code"));
        return new SavedAddress(rs.getString("address_id"), details, rs.getBoolean("default_shipping"),
                rs.getBoolean("default_billing"), rs.getLong("position"), instant(rs, "added_at"));
    }
}
