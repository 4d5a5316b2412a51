package iq.tsh.erp.app.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ops create, change, read and end promotions over HTTP; bad terms are 400 problems naming the field. */
class PromotionAdminTest extends ApplicationTest {

    private static final String PROMOTIONS = "/api/admin/promotions";

    private Http ops() {
        return http().as(Tokens.ops());
    }

    private static String percentage(String name, String code, int percent, String productId) {
        return """
                {"name":"%s","nameAr":"تخفيض","code":%s,"type":"percentage","value":%d,
                 "scope":"products","productIds":["%s"],"priority":3}""".formatted(name, code == null ? "null"
                : "\"" + code + "\"", percent, productId);
    }

    @Test
    void createsPromotionWithLocationAndReadsItBack() throws Exception {
        String product = Storefront.newId();
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + PROMOTIONS))
                .header("Authorization", "Bearer " + Tokens.ops()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(percentage("Summer", null, 15, product))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = new Answer(201, "", created.body()).json();
        String id = body.get("id").asText();
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/admin/promotions/" + id);
        assertThat(body.get("type").asText()).isEqualTo("percentage");
        assertThat(body.get("value").decimalValue()).isEqualByComparingTo("15");
        assertThat(body.get("status").asText()).isEqualTo("active");
        assertThat(body.get("usageCount").asInt()).isZero();

        JsonNode read = new Storefront(http()).awaitPromotion(id, "active");
        assertThat(read.get("name").asText()).isEqualTo("Summer");
        assertThat(read.get("nameAr").asText()).isEqualTo("تخفيض");
        assertThat(read.get("scope").asText()).isEqualTo("products");
        assertThat(read.get("productIds").get(0).asText()).isEqualTo(product);
        assertThat(read.get("priority").asInt()).isEqualTo(3);

        Answer list = ops().get(PROMOTIONS);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items").findValuesAsText("id")).contains(id);
    }

    @Test
    void changesAndEndsPromotion() {
        Storefront store = new Storefront(http());
        String id = store.promotion(percentage("Autumn", null, 10, Storefront.newId()));

        Answer changed = ops().send("PUT", PROMOTIONS + "/" + id, "application/json",
                percentage("Autumn sale", null, 20, Storefront.newId()).getBytes());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("value").decimalValue()).isEqualByComparingTo("20");
        store.awaitPromotion(id, "active");

        Answer ended = ops().postJson(PROMOTIONS + "/" + id + "/end", "");
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        String endedAt = ended.json().get("endedAt").asText();
        Answer endedAgain = ops().postJson(PROMOTIONS + "/" + id + "/end", "");
        assertThat(endedAgain.status()).isEqualTo(200);
        assertThat(endedAgain.json().get("endedAt").asText()).isEqualTo(endedAt);

        JsonNode read = store.awaitPromotion(id, "ended");
        assertThat(read.get("name").asText()).isEqualTo("Autumn sale");
        Answer changeEnded = ops().send("PUT", PROMOTIONS + "/" + id, "application/json",
                percentage("Too late", null, 5, Storefront.newId()).getBytes());
        assertThat(changeEnded.status()).isEqualTo(409);
        assertThat(changeEnded.contentType()).startsWith("application/problem+json");
    }

    @Test
    void keepsCodesUniqueWhateverTheirCase() {
        String code = "WINTER" + Storefront.newId().substring(12);
        Answer first = ops().postJson(PROMOTIONS, percentage("Winter", code, 10, Storefront.newId()));
        assertThat(first.status()).as(first.body()).isEqualTo(201);

        Answer second = ops().postJson(PROMOTIONS, percentage("Winter again", code.toLowerCase(), 12, Storefront.newId()));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().get("field").asText()).isEqualTo("code");
    }

    @Test
    void letsExactlyOneOfConcurrentPromotionsHaveACode() throws Exception {
        String code = "RACE" + Storefront.newId().substring(12);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var answers = pool.invokeAll(java.util.stream.IntStream.range(0, 6)
                    .mapToObj(i -> (java.util.concurrent.Callable<Answer>) () -> ops().postJson(PROMOTIONS,
                            percentage("Race " + i, i % 2 == 0 ? code : code.toLowerCase(), 10, Storefront.newId())))
                    .toList());
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get().status());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void answersNotFoundForUnknownPromotion() {
        String unknown = UUID.randomUUID().toString();
        assertThat(ops().get(PROMOTIONS + "/" + unknown).status()).isEqualTo(404);
        Answer end = ops().postJson(PROMOTIONS + "/" + unknown + "/end", "");
        assertThat(end.status()).as(end.body()).isEqualTo(404);
        assertThat(end.contentType()).startsWith("application/problem+json");
        Answer change = ops().send("PUT", PROMOTIONS + "/" + unknown, "application/json",
                percentage("Ghost", null, 5, "1").getBytes());
        assertThat(change.status()).as(change.body()).isEqualTo(404);
        assertThat(ops().postJson(PROMOTIONS + "/not-a-uuid/end", "").status()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0} -> 400 on {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"name\":\"x\",\"type\":\"percentage\",\"value\":120}|value",
            "{\"name\":\"x\",\"type\":\"percentage\",\"value\":-5}|value",
            "{\"name\":\"x\",\"type\":\"fixed_amount\",\"value\":-1000}|value",
            "{\"name\":\"x\",\"type\":\"fixed_amount\",\"value\":1000,\"currency\":\"EUR\"}|currency",
            "{\"name\":\"x\",\"type\":\"percentage\",\"value\":10,\"minimumPurchase\":-1}|minimumPurchase",
            "{\"name\":\"x\",\"type\":\"percentage\",\"value\":10,\"startsAt\":\"2026-07-01T00:00:00Z\",\"endsAt\":\"2026-06-01T00:00:00Z\"}|endsAt",
            "{\"name\":\"x\",\"type\":\"percentage\",\"value\":10,\"scope\":\"products\"}|productIds",
            "{\"name\":\"x\",\"type\":\"percentage\",\"value\":10,\"scope\":\"categories\",\"categoryIds\":[]}|categoryIds",
            "{\"name\":\"x\",\"type\":\"percentage\",\"value\":10,\"scope\":\"brands\"}|scope",
            "{\"name\":\"x\",\"type\":\"bogus\",\"value\":10}|type",
            "{\"name\":\"x\",\"value\":10}|type",
            "{\"type\":\"percentage\",\"value\":10}|name",
            "{\"name\":\"x\",\"type\":\"buy_x_get_y\",\"buyQuantity\":0,\"getQuantity\":1}|buyQuantity",
            "{\"name\":\"x\",\"type\":\"buy_x_get_y\",\"buyQuantity\":2,\"getQuantity\":1.5}|getQuantity",
            "{\"name\":\"x\",\"type\":\"percentage\",\"value\":10,\"usageLimit\":0}|usageLimit",
            "{\"name\":\"x\",\"type\":\"percentage\",\"value\":10,\"code\":\"a b\"}|code",
            "{\"name\":\"x\",\"type\":\"percentage\",\"value\":\"ten\"}|value",
            "{\"name\":\"x\",\"type\":\"percentage\",\"value\":10,\"startsAt\":\"tomorrow\"}|startsAt",
            "{\"name\":\"x\",\"type\":\"percentage\",\"value\":10,\"scope\":\"products\",\"productIds\":[null]}|productIds[0]",
            "{\"name\":\"x\",\"type\":\"percentage\",\"value\":10,\"scope\":\"categories\",\"categoryIds\":[\"1\",\" \"]}|categoryIds[1]",
            "{\"name\":\"x\",\"type\":\"percentage\",\"value\":1e10000000}|value",
            "{\"name\":\"x\\u0000\",\"type\":\"percentage\",\"value\":10}|name",
            "{\"name\":\"x\",\"name\":\"y\",\"type\":\"percentage\",\"value\":10}|name",
            "{\"name\":\"x\",\"type\":|body"})
    void refusesBadTermsNamingTheField(String body, String field) {
        Answer answer = ops().postJson(PROMOTIONS, body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("field").asText()).isEqualTo(field);
    }
}
