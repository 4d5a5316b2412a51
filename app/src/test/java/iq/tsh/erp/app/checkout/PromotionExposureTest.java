package iq.tsh.erp.app.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A promotion code is a secret between the shop and whom it gave it to: shopper-facing pages list automatic
 * promotions only, a coded one appears at checkout once its code is entered, and only ops see codes in lists.
 */
class PromotionExposureTest extends ApplicationTest {

    @Test
    void listsOnlyAutomaticPromotionsToShoppersWhileOpsSeeCodes() {
        Storefront store = new Storefront(http());
        String category = Storefront.newId();
        String tea = Storefront.newId();
        store.product(tea, category, 10000, 20);
        String code = "SECRET" + tea.substring(12);
        // Higher priority than anything else on home, so only the rule keeps it off.
        String coded = store.promotion("""
                {"name":"Coded tea","code":"%s","type":"percentage","value":30,"scope":"products",
                 "productIds":["%s"],"priority":2000000}""".formatted(code, tea));
        String automatic = store.promotion("""
                {"name":"Tea week","type":"percentage","value":5,"scope":"products","productIds":["%s"],
                 "priority":1999999}""".formatted(tea));

        for (String token : new String[] {null, Tokens.customer("4801000000000000077")}) {
            Answer home = (token == null ? http() : http().as(token)).get("/api/mobile/home");
            Answer product = (token == null ? http() : http().as(token)).get("/api/mobile/products/" + tea);
            assertThat(home.status()).isEqualTo(200);
            assertThat(product.status()).isEqualTo(200);
            assertThat(ids(home.json().get("promotions"))).contains(automatic).doesNotContain(coded);
            assertThat(ids(product.json().get("promotions"))).containsExactly(automatic);
            assertThat(home.body()).doesNotContain(code).doesNotContain("\"code\"");
            assertThat(product.body()).doesNotContain(code).doesNotContain("\"code\"");
        }

        String order = "{\"lines\":[{\"productId\":\"" + tea + "\",\"quantity\":1}]";
        Answer without = http().postJson("/api/mobile/checkout/calculate", order + "}");
        assertThat(without.body()).doesNotContain(code);
        assertThat(ids(without.json().get("appliedPromotions"))).containsExactly(automatic);
        Answer with = http().postJson("/api/mobile/checkout/calculate", order + ",\"promotionCode\":\"" + code + "\"}");
        assertThat(ids(with.json().get("appliedPromotions"))).containsExactly(coded);
        assertThat(with.json().get("appliedPromotions").get(0).get("code").asText()).isEqualTo(code);

        Answer admin = http().as(Tokens.ops()).get("/api/admin/promotions");
        assertThat(admin.body()).contains(code);
        assertThat(http().as(Tokens.ops()).get("/api/admin/promotions/" + coded).json().get("code").asText())
                .isEqualTo(code);
    }

    @Test
    void showsACodedPromotionOnTheCheckoutPageOnlyOnceItsCodeIsEntered() {
        Storefront store = new Storefront(http());
        String tea = Storefront.newId();
        store.product(tea, Storefront.newId(), 10000, 20);
        String code = "PAGE" + tea.substring(12);
        String coded = store.promotion("""
                {"name":"Page tea","code":"%s","type":"percentage","value":10,"scope":"products",
                 "productIds":["%s"]}""".formatted(code, tea));
        String customer = "4801000000000000078";
        Answer added = http().as(Tokens.customer(customer)).postJson("/api/mobile/cart/items",
                "{\"productId\":\"" + tea + "\",\"quantity\":1}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);

        Answer plain = http().as(Tokens.customer(customer)).get("/api/mobile/checkout");
        Answer entered = http().as(Tokens.customer(customer)).get("/api/mobile/checkout?promotionCode=" + code);

        assertThat(plain.status()).as(plain.body()).isEqualTo(200);
        assertThat(plain.body()).doesNotContain(code);
        assertThat(ids(plain.json().get("promotions"))).doesNotContain(coded);
        assertThat(ids(entered.json().get("promotions"))).contains(coded);
        assertThat(ids(entered.json().get("totals").get("appliedPromotions"))).contains(coded);
    }

    private static java.util.List<String> ids(JsonNode list) {
        return list.findValuesAsText("id");
    }
}
