package iq.tsh.erp.app.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import iq.tsh.erp.api.address.AddressAdded;
import iq.tsh.erp.api.address.AddressBookId;
import iq.tsh.erp.api.address.AddressDetails;
import iq.tsh.erp.api.common.Money;
import iq.tsh.erp.api.product.ProductData;
import iq.tsh.erp.api.product.ProductId;
import iq.tsh.erp.api.product.ProductStatus;
import iq.tsh.erp.api.product.ProductSynced;
import iq.tsh.erp.api.product.Stock;
import iq.tsh.erp.api.review.ReviewId;
import iq.tsh.erp.api.review.ReviewStatus;
import iq.tsh.erp.api.review.ReviewSubmitted;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import iq.tsh.erp.app.Tokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An event the database cannot store in a read table (a NUL in text, a number beyond {@code numeric}) stalls
 * nothing: it is retried, parked with its cause, the rest of its processing group flows, and health says degraded
 * until ops handle the letter. The edge refuses such values now, so the poison is put straight into the event store,
 * as an event stored before that check existed would be.
 */
class PoisonEventTest extends ApplicationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final AtomicLong NEXT_ID = new AtomicLong(4_777_000_000_000_000_000L);

    @Autowired
    EventStore eventStore;

    private static String newId() {
        return Long.toString(NEXT_ID.incrementAndGet());
    }

    private void store(String aggregateId, String type, Object payload) {
        long next = eventStore.lastSequenceNumberFor(aggregateId).map(sequence -> sequence + 1).orElse(0L);
        eventStore.publish(new GenericDomainEventMessage<>(type, aggregateId, next, payload));
    }

    private boolean parked(String group, String aggregateId) {
        return !jdbc.queryForList("""
                select 1 from dead_letter_entry where processing_group = ? and sequence_identifier = ?
                and convert_from(diagnostics, 'UTF8')::jsonb ->> 'exhausted' = 'true'""", group, aggregateId).isEmpty();
    }

    private String healthReason() {
        Answer health = http().get("/health");
        assertThat(health.status()).isEqualTo(200);
        return health.json().has("reason") ? health.json().get("reason").asText() : "";
    }

    /** Parked with its cause, health degraded naming the group; once ops clear the letter, the reason is gone. */
    private void assertParkedThenHandled(String group, String aggregateId) {
        await().atMost(PATIENCE).until(() -> parked(group, aggregateId));
        assertThat(jdbc.queryForObject("select cause_message from dead_letter_entry where processing_group = ? "
                + "and sequence_identifier = ? order by sequence_index limit 1", String.class, group, aggregateId))
                .isNotBlank();
        await().atMost(PATIENCE).until(() -> healthReason().contains("dead letters in " + group));
        assertThat(http().get("/health").json().get("status").asText()).isEqualTo("degraded");

        Answer cleared = http().as(Tokens.ops()).post("/api/zoho/admin/queue/clear?confirm=true&group=" + group
                + "&sequence=" + aggregateId, null, new byte[0]);
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> !healthReason().contains("dead letters in " + group));
    }

    private String deliverProduct() {
        String itemId = newId();
        Answer answer = http().postJson("/api/zoho/webhooks/products", Samples.withItem("item-created-1.json", itemId));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return itemId;
    }

    private void awaitProduct(String itemId) {
        await().atMost(PATIENCE).until(() -> http().get("/api/mobile/products/" + itemId).status() == 200);
    }

    @Test
    void aNumberBeyondNumericParksItsProductAndTheCatalogueFlows() {
        String poisoned = newId();
        ProductData data = new ProductData(poisoned, "Poisoned rate", null, null, null, null, null,
                ProductStatus.ACTIVE, new Money(new BigDecimal("1e-2147483647"), "IQD"), null, null, null);
        store("item:" + poisoned, "Product", new ProductSynced(ProductId.ofItem(poisoned), data, Stock.NONE,
                Instant.parse("2026-01-01T00:00:00Z")));

        String later = deliverProduct();

        awaitProduct(later);
        assertParkedThenHandled("catalog", "item:" + poisoned);
        assertThat(http().get("/api/mobile/products/" + poisoned).status()).isEqualTo(404);
    }

    @Test
    void aNulInATextParksItsProductAndTheCatalogueFlows() {
        String poisoned = newId();
        ProductData data = new ProductData(poisoned, "Nul\u0000name", null, null, null, null, null,
                ProductStatus.ACTIVE, new Money(new BigDecimal("1000"), "IQD"), null, null, null);
        store("item:" + poisoned, "Product", new ProductSynced(ProductId.ofItem(poisoned), data, Stock.NONE,
                Instant.parse("2026-01-01T00:00:00Z")));

        String later = deliverProduct();

        awaitProduct(later);
        assertParkedThenHandled("catalog", "item:" + poisoned);
    }

    @Test
    void aNulInAReviewTitleParksThatReviewAndLaterReviewsAppear() {
        String itemId = deliverProduct();
        awaitProduct(itemId);
        String poisonedAuthor = newId();
        ReviewId poisoned = ReviewId.of(itemId, poisonedAuthor);
        store(poisoned.value(), "Review", new ReviewSubmitted(poisoned, itemId, poisonedAuthor, 5, "bad\u0000title",
                "body", ReviewStatus.APPROVED, Instant.now()));

        String author = newId();
        Answer submitted = http().as(Tokens.customer(author)).postJson("/api/mobile/products/" + itemId + "/reviews",
                "{\"rating\":4,\"title\":\"Good oil\",\"body\":\"fine\"}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);

        await().atMost(PATIENCE).until(() -> !jdbc.queryForList("select 1 from reviews where item_id = ? "
                + "and customer_id = ?", itemId, author).isEmpty());
        assertParkedThenHandled("reviews", poisoned.value());
    }

    @Test
    void aNulInAnAddressLineParksThatAddressBookAndLaterAddressesAppear() {
        String poisonedCustomer = newId();
        AddressBookId poisoned = AddressBookId.of(poisonedCustomer);
        store(poisoned.value(), "AddressBook", new AddressAdded(poisoned, poisonedCustomer, "a1",
                new AddressDetails("Home", "حيدر", "+9647701234567", "line\u0000one", null, "بغداد", null, "IQ", null),
                Instant.now()));

        String customer = newId();
        Http me = http().as(Tokens.customer(customer));
        Answer added = me.postJson("/api/mobile/addresses", """
                {"label": "Home", "recipientName": "حيدر السعدي", "phone": "07701234567", "line1": "شارع الكرادة",
                 "city": "بغداد"}""");
        assertThat(added.status()).as(added.body()).isEqualTo(201);

        // The table itself, not the answer: reads fall back to the event store when the projection lags.
        await().atMost(PATIENCE).until(() -> !jdbc.queryForList("select 1 from addresses where customer_id = ?",
                customer).isEmpty());
        assertParkedThenHandled("storefront-customers", poisoned.value());
    }
}
