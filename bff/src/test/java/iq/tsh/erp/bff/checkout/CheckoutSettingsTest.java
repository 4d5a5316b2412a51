package iq.tsh.erp.bff.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import iq.tsh.erp.bff.common.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckoutSettingsTest {

    @Test
    void defaultsToTheOldServiceOptions() {
        CheckoutOptions options = new CheckoutOptions(new CheckoutSettings(null, null, null, null, null));

        assertThat(options.deliveryOptions("IQD", Language.EN))
                .extracting(o -> o.id() + "/" + o.fee().toPlainString() + "/" + o.days() + "/" + o.isDefault())
                .containsExactly("standard/5000/3/true", "express/10000/1/false", "pickup/0/0/false");
        assertThat(options.deliveryFee("express", "USD")).hasValue(new BigDecimal("8.00"));
        assertThat(options.paymentMethods(Language.AR))
                .extracting(m -> m.id() + "/" + m.isDefault())
                .containsExactly("cash_on_delivery/true", "card/false", "zain_cash/false", "fastpay/false");
        assertThat(options.paymentMethods(Language.AR).get(0).name()).isEqualTo("الدفع عند الاستلام");
        assertThat(options.taxRate()).isEqualByComparingTo("0");
    }

    @Test
    void refusesTaxRateGivenAsPercent() {
        assertThatThrownBy(() -> new CheckoutSettings(new BigDecimal("15"), null, null, null, null))
                .hasMessageContaining("erp.checkout.tax-rate");
    }

    @Test
    void refusesDefaultDeliveryThatIsNotAnOption() {
        assertThatThrownBy(() -> new CheckoutSettings(null,
                Map.of("pickup", new CheckoutSettings.Delivery(0, Map.of("IQD", BigDecimal.ZERO))), "standard", null, null))
                .hasMessageContaining("erp.checkout.default-delivery");
    }

    @Test
    void refusesNegativeFee() {
        assertThatThrownBy(() -> new CheckoutSettings.Delivery(1, Map.of("IQD", new BigDecimal("-1"))))
                .hasMessageContaining("fees.IQD");
    }

    @Test
    void refusesDefaultPaymentMethodNotOffered() {
        assertThatThrownBy(() -> new CheckoutSettings(null, null, null, List.of("card"), "cash_on_delivery"))
                .hasMessageContaining("erp.checkout.default-payment-method");
    }
}
