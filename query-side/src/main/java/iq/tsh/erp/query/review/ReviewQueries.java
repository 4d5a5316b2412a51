package iq.tsh.erp.query.review;

import iq.tsh.erp.api.review.FindProductRating;
import iq.tsh.erp.api.review.FindProductReviews;
import iq.tsh.erp.api.review.FindReviewAuthor;
import iq.tsh.erp.api.review.FindReviewsForModeration;
import iq.tsh.erp.api.review.ProductRating;
import iq.tsh.erp.api.review.ReviewAuthor;
import iq.tsh.erp.api.review.ReviewCursor;
import iq.tsh.erp.api.review.ReviewFilter;
import iq.tsh.erp.api.review.ReviewPage;
import iq.tsh.erp.api.review.ReviewStatus;
import iq.tsh.erp.api.review.ReviewView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers review queries from {@code reviews} and {@code product_ratings}. Reviews are signed with the first name of
 * the customer's Zoho contact (the {@code customers} table of the pricing group), or "Customer" without one.
 */
@Component
class ReviewQueries {

    private static final int MAX_LIMIT = 100;
    private static final String SELECT = """
            SELECT r.review_id, r.item_id, r.customer_id, r.rating, r.title, r.body, r.status, r.flag_count,
                   r.moderation_reason, r.created_at, r.edited_at, NULLIF(TRIM(c.first_name), '') AS display_name
            FROM reviews r LEFT JOIN customers c ON c.contact_id = r.customer_id AND NOT c.deleted
            """;

    private final JdbcTemplate jdbc;

    ReviewQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public ReviewPage handle(FindProductReviews query) {
        return page("r.item_id = ? AND r.status = 'APPROVED'", List.of(query.itemId()), query.after(), query.limit());
    }

    @QueryHandler
    public ReviewPage handle(FindReviewsForModeration query) {
        ReviewFilter filter = query.filter() == null ? ReviewFilter.ALL : query.filter();
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        switch (filter) {
            case ALL -> conditions.add("TRUE");
            case FLAGGED -> conditions.add("r.flag_count > 0");
            default -> {
                // The other filters are named as the statuses are.
                conditions.add("r.status = ?");
                parameters.add(filter.name());
            }
        }
        if (query.itemId() != null) {
            conditions.add("r.item_id = ?");
            parameters.add(query.itemId());
        }
        return page(String.join(" AND ", conditions), parameters, query.after(), query.limit());
    }

    @QueryHandler
    public ReviewAuthor handle(FindReviewAuthor query) {
        List<String> names = jdbc.queryForList(
                "SELECT NULLIF(TRIM(first_name), '') FROM customers WHERE contact_id = ? AND NOT deleted",
                String.class, query.customerId());
        return new ReviewAuthor(names.isEmpty() || names.get(0) == null ? ReviewAuthor.ANONYMOUS : names.get(0));
    }

    @QueryHandler
    public ProductRating handle(FindProductRating query) {
        List<ProductRating> found = jdbc.query("SELECT rating_average, rating_count FROM product_ratings WHERE item_id = ?",
                (rs, n) -> new ProductRating(rs.getBigDecimal(1), rs.getInt(2)), query.itemId());
        return found.isEmpty() ? ProductRating.NONE : found.get(0);
    }

    /** Newest first by creation, the key breaking ties; one row more than asked tells whether a next page exists. */
    private ReviewPage page(String condition, List<Object> parameters, ReviewCursor after, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_LIMIT));
        List<Object> arguments = new ArrayList<>(parameters);
        StringBuilder sql = new StringBuilder(SELECT).append("WHERE ").append(condition);
        if (after != null) {
            sql.append(" AND (r.created_at, r.review_id) < (?, ?)");
            arguments.add(ReviewTable.ts(after.createdAt()));
            arguments.add(after.reviewKey());
        }
        sql.append(" ORDER BY r.created_at DESC, r.review_id DESC LIMIT ?");
        arguments.add(size + 1);
        List<ReviewView> rows = jdbc.query(sql.toString(), ReviewQueries::view, arguments.toArray());
        if (rows.size() <= size) {
            return new ReviewPage(rows, null);
        }
        List<ReviewView> items = rows.subList(0, size);
        ReviewView last = items.get(size - 1);
        return new ReviewPage(List.copyOf(items), new ReviewCursor(last.createdAt(), last.id()));
    }

    private static ReviewView view(ResultSet rs, int row) throws SQLException {
        String author = rs.getString("display_name");
        return new ReviewView(rs.getString("review_id"), rs.getString("item_id"), rs.getString("customer_id"),
                rs.getInt("rating"), rs.getString("title"), rs.getString("body"),
                author == null ? ReviewAuthor.ANONYMOUS : author, ReviewStatus.valueOf(rs.getString("status")),
                rs.getInt("flag_count"), rs.getString("moderation_reason"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("edited_at", OffsetDateTime.class).toInstant());
    }
}
