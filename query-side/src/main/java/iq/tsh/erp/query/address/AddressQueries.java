package iq.tsh.erp.query.address;

import iq.tsh.erp.api.address.AddressBookView;
import iq.tsh.erp.api.address.FindAddresses;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers a customer's addresses from the read tables. A customer sees the address they just saved because the BFF
 * answers a change only once these tables hold it (ReadYourWrites in bff, docs/read-models.md).
 */
@Component
class AddressQueries {

    private final AddressBookTable books;

    AddressQueries(AddressBookTable books) {
        this.books = books;
    }

    @QueryHandler
    public AddressBookView handle(FindAddresses query) {
        return books.book(query.customerId());
    }
}
