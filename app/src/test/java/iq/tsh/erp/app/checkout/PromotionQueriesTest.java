package iq.tsh.erp.app.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import iq.tsh.erp.api.promotion.FindActivePromotions;
import iq.tsh.erp.api.promotion.FindCheckoutPromotions;
import iq.tsh.erp.api.promotion.FindPromotionsForProduct;
import iq.tsh.erp.api.promotion.PromotionId;
import iq.tsh.erp.api.promotion.PromotionView;
import iq.tsh.erp.api.promotion.Promotions;
import iq.tsh.erp.api.promotion.RedeemPromotion;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The promotion queries home, the product page and checkout call, and usage counted by redemptions. */
class PromotionQueriesTest extends ApplicationTest {

    @Autowired
    private QueryGateway queries;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private iq.tsh.erp.bff.promotion.PromotionCards cards;

    private String create(String json) {
        return new Storefront(http()).promotion(json);
    }

    private List<String> ids(Promotions promotions) {
        return promotions.promotions().stream().map(PromotionView::id).toList();
    }

    @Test
    void findsPromotionsOfAProductByItsIdOrCategory() {
        String item = Storefront.newId();
        String category = Storefront.newId();
        String byProduct = create("""
                {"name":"p","type":"percentage","value":5,"scope":"products","productIds":["%s"],"priority":1}"""
                .formatted(item));
        String byCategory = create("""
                {"name":"c","type":"percentage","value":5,"scope":"categories","categoryIds":["%s"],"priority":7}"""
                .formatted(category));
        String elsewhere = create("""
                {"name":"o","type":"percentage","value":5,"scope":"products","productIds":["%s"]}"""
                .formatted(Storefront.newId()));
        Answer scheduled = http().as(Tokens.ops()).postJson("/api/admin/promotions", """
                {"name":"s","type":"percentage","value":5,"scope":"products","productIds":["%s"],
                 "startsAt":"2099-01-01T00:00:00Z"}""".formatted(item));
        assertThat(scheduled.status()).isEqualTo(201);
        new Storefront(http()).awaitPromotion(scheduled.json().get("id").asText(), "scheduled");

        Promotions found = queries.query(new FindPromotionsForProduct(item, category, Instant.now()), Promotions.class).join();

        assertThat(ids(found)).containsExactly(byCategory, byProduct).doesNotContain(elsewhere);
        List<String> home = ids(queries.query(new FindActivePromotions(Instant.now(), 500), Promotions.class).join());
        assertThat(home).contains(byCategory, byProduct, elsewhere)
                .doesNotContain(scheduled.json().get("id").asText());
        assertThat(home.indexOf(byCategory)).isLessThan(home.indexOf(byProduct));
        assertThat(cards.forProduct(item, category, iq.tsh.erp.bff.common.Language.EN).join())
                .extracting(iq.tsh.erp.bff.promotion.PromotionCard::id).containsExactly(byCategory, byProduct);
    }

    @Test
    void checkoutSeesCodedPromotionOnlyByItsCode() {
        String code = "CODE" + Storefront.newId().substring(12);
        String coded = create("""
                {"name":"k","code":"%s","type":"percentage","value":5,"scope":"products","productIds":["%s"]}"""
                .formatted(code, Storefront.newId()));

        assertThat(ids(queries.query(new FindCheckoutPromotions(null, Instant.now()), Promotions.class).join()))
                .doesNotContain(coded);
        assertThat(ids(queries.query(new FindCheckoutPromotions(code.toLowerCase(), Instant.now()), Promotions.class)
                .join())).contains(coded);
    }

    @Test
    void countsRedemptionsUpToTheLimit() {
        String id = create("""
                {"name":"once","type":"percentage","value":5,"usageLimit":1,"scope":"products","productIds":["%s"]}"""
                .formatted(Storefront.newId()));

        commands.sendAndWait(new RedeemPromotion(PromotionId.of(id), "order-1", Instant.now()));
        commands.sendAndWait(new RedeemPromotion(PromotionId.of(id), "order-1", Instant.now()));
        CommandExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(CommandExecutionException.class,
                () -> commands.sendAndWait(new RedeemPromotion(PromotionId.of(id), "order-2", Instant.now())));

        assertThat(refused.getDetails()).isPresent();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                http().as(Tokens.ops()).get("/api/admin/promotions/" + id).json().get("usageCount").asInt() == 1);
        assertThat(http().as(Tokens.ops()).get("/api/admin/promotions/" + id).json().get("status").asText())
                .isEqualTo("used_up");
    }
}
