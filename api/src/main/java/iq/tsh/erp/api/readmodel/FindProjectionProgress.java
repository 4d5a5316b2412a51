package iq.tsh.erp.api.readmodel;

import iq.tsh.erp.api.address.AddressBookId;
import iq.tsh.erp.api.cart.CartId;
import iq.tsh.erp.api.review.ReviewId;

/**
 * How far a read model has applied one aggregate's events, answered with a {@link ProjectionProgress}. The BFF
 * subscribes to it after a command and answers once the read model holds the command's events (read-your-writes).
 *
 * @param readModel   the read table that follows the aggregate ({@code carts}, {@code address_books}, {@code reviews})
 * @param aggregateId the aggregate identifier as the event store holds it ({@code cart:123...})
 */
public record FindProjectionProgress(String readModel, String aggregateId) {

    public static final String CARTS = "carts";
    public static final String ADDRESS_BOOKS = "address_books";
    public static final String REVIEWS = "reviews";

    public static FindProjectionProgress of(CartId cartId) {
        return new FindProjectionProgress(CARTS, cartId.toString());
    }

    public static FindProjectionProgress of(AddressBookId addressBookId) {
        return new FindProjectionProgress(ADDRESS_BOOKS, addressBookId.toString());
    }

    public static FindProjectionProgress of(ReviewId reviewId) {
        return new FindProjectionProgress(REVIEWS, reviewId.toString());
    }
}
