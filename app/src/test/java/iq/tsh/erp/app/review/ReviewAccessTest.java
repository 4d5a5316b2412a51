package iq.tsh.erp.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.app.Http;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may do what with reviews: the list is public, writing needs CUSTOMER, moderation OPS; errors are problems. */
class ReviewAccessTest extends ReviewTestBase {

    private static final String REVIEW = "{\"rating\":4,\"title\":\"t\"}";
    private static final String APPROVE = "{\"status\":\"approved\"}";

    private String item;
    private String author;
    private String reviewId;

    @BeforeEach
    void aReview() {
        item = newProduct();
        author = newCustomerId();
        reviewId = review(author, item, 4, "Author's words");
    }

    private String reviews() {
        return "/api/mobile/products/" + item + "/reviews";
    }

    private String flagPath() {
        return "/api/mobile/reviews/" + reviewId + "/flag";
    }

    private String moderation() {
        return "/api/admin/reviews/" + reviewId + "/moderation";
    }

    @Test
    void guestsReadReviews() {
        assertThat(http().get(reviews()).status()).isEqualTo(200);
    }

    @Test
    void guestsCannotSubmitFlagOrModerate() {
        assertProblem(http().postJson(reviews(), REVIEW), 401);
        assertProblem(http().postJson(flagPath(), "{}"), 401);
        assertProblem(http().postJson(moderation(), APPROVE), 401);
        assertProblem(http().get("/api/admin/reviews"), 401);
    }

    @Test
    void badTokensAreRefused() {
        assertProblem(http().as(Tokens.expired("CUSTOMER")).postJson(reviews(), REVIEW), 401);
        assertProblem(http().as(Tokens.forged("CUSTOMER")).postJson(reviews(), REVIEW), 401);
        assertProblem(http().as(Tokens.forged("OPS")).postJson(moderation(), APPROVE), 401);
    }

    @Test
    void opsAndAuditorsCannotWriteAsCustomers() {
        assertProblem(ops().postJson(reviews(), REVIEW), 403);
        assertProblem(ops().postJson(flagPath(), "{}"), 403);
        Http auditor = http().as(Tokens.auditor());
        assertProblem(auditor.postJson(reviews(), REVIEW), 403);
        assertProblem(auditor.postJson(moderation(), APPROVE), 403);
    }

    @Test
    void customersCannotModerateOrListForModeration() {
        assertProblem(customer(author).postJson(moderation(), "{\"status\":\"hidden\"}"), 403);
        assertProblem(customer(newCustomerId()).get("/api/admin/reviews?status=pending"), 403);
        assertThat(list(item, "").get("items")).hasSize(1);
    }

    @Test
    void opsModerateAndList() {
        assertThat(ops().postJson(moderation(), APPROVE).status()).isEqualTo(200);
        assertThat(ops().get("/api/admin/reviews?status=approved").status()).isEqualTo(200);
    }

    @Test
    void postingForTheSameProductCreatesAnotherCustomersOwnReviewAndLeavesTheAuthorsAlone() {
        String other = newCustomerId();

        Answer answer = submit(other, item, 1, "Other's words");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("id").asText()).isNotEqualTo(reviewId);
        assertThat(titles(item)).containsExactlyInAnyOrder("Author's words", "Other's words");
        assertThat(jdbc.queryForObject("SELECT rating FROM reviews WHERE review_id = ?", Integer.class, reviewId))
                .isEqualTo(4);
    }

    @Test
    void theCustomerIsTheTokensSubjectNeverTheBody() {
        String other = newCustomerId();

        Answer answer = submit(other, item, "{\"rating\":1,\"title\":\"Hijack\",\"customerId\":\"" + author + "\"}");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("id").asText()).isNotEqualTo(reviewId);
        assertThat(jdbc.queryForObject("SELECT title FROM reviews WHERE review_id = ?", String.class, reviewId))
                .isEqualTo("Author's words");
    }

    @Test
    void documentsTheReviewEndpointsAndTheirBodies() {
        com.fasterxml.jackson.databind.JsonNode docs = http().get("/v3/api-docs").json();

        assertThat(docs.get("paths").fieldNames()).toIterable().contains("/api/mobile/products/{id}/reviews",
                "/api/mobile/reviews/{id}/flag", "/api/admin/reviews/{id}/moderation", "/api/admin/reviews");
        assertThat(docs.get("components").get("schemas").get("ReviewRequest").get("properties").fieldNames())
                .toIterable().containsExactlyInAnyOrder("rating", "title", "body");
    }

    @Test
    void customersSeeNoOneElsesCustomerIdOrStatus() {
        String body = list(item, "").toString();

        assertThat(body).doesNotContain(author).doesNotContain("status").doesNotContain("flag");
    }
}
