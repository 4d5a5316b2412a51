package iq.tsh.erp.query.address;

import iq.tsh.erp.api.address.AddressBookId;
import iq.tsh.erp.api.address.AddressBookView;
import iq.tsh.erp.api.address.AddressDetails;
import iq.tsh.erp.api.address.FindAddresses;
import iq.tsh.erp.api.address.SavedAddress;
import iq.tsh.erp.query.common.ProjectedSequences;
import iq.tsh.erp.query.common.StoredEvents;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers a customer's addresses from the read tables once they hold the book's newest stored event, else from the
 * book's events themselves, so a customer who just saved an address always sees it (read-your-writes).
 */
@Component
class AddressQueries {

    private final JdbcTemplate jdbc;
    private final StoredEvents events;
    private final ProjectedSequences sequences;

    AddressQueries(JdbcTemplate jdbc, StoredEvents events) {
        this.jdbc = jdbc;
        this.events = events;
        this.sequences = new ProjectedSequences(jdbc, "address_books");
    }

    @QueryHandler
    public AddressBookView handle(FindAddresses query) {
        String customerId = query.customerId();
        String bookId = AddressBookId.of(customerId).toString();
        long stored = events.lastSequence(bookId);
        if (stored < 0) {
            return new AddressBookView(customerId, List.of());
        }
        if (sequences.applied(customerId) >= stored) {
            return AddressBookView.ordered(customerId, jdbc.query("""
                    select a.*, a.address_id = b.default_shipping_id as default_shipping,
                           a.address_id = b.default_billing_id as default_billing
                    from addresses a join address_books b on b.customer_id = a.customer_id
                    where a.customer_id = ?""", AddressQueries::address, customerId));
        }
        return AddressFold.of(customerId, events.of(bookId));
    }

    private static SavedAddress address(ResultSet rs, int row) throws SQLException {
        AddressDetails details = new AddressDetails(rs.getString("label"), rs.getString("recipient_name"),
                rs.getString("phone"), rs.getString("line1"), rs.getString("line2"), rs.getString("city"),
                rs.getString("region"), rs.getString("country"), rs.getString("postal_code"));
        return new SavedAddress(rs.getString("address_id"), details, rs.getBoolean("default_shipping"),
                rs.getBoolean("default_billing"), rs.getLong("position"), rs.getTimestamp("added_at").toInstant());
    }
}
