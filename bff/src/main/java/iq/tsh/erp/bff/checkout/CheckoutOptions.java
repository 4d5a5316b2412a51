package iq.tsh.erp.bff.checkout;

import iq.tsh.erp.bff.common.Language;
import iq.tsh.erp.bff.common.Prices;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The configured delivery options and payment methods, shaped for the app: what {@code GET /checkout} lists and
 * what the calculation charges.
 */
@Component
public class CheckoutOptions {

    /** A delivery option as the app shows it; {@code fee} in the order's currency. */
    public record DeliveryOptionView(String id, String name, BigDecimal fee, String currency, int days,
                                     boolean isDefault) {
    }

    /** A payment method as the app shows it. */
    public record PaymentMethodView(String id, String name, boolean isDefault) {
    }

    private static final Map<String, String[]> NAMES = Map.of(
            "standard", new String[] {"Standard delivery", "توصيل عادي"},
            "express", new String[] {"Express delivery", "توصيل سريع"},
            "pickup", new String[] {"Pickup from the store", "الاستلام من المتجر"},
            "cash_on_delivery", new String[] {"Cash on delivery", "الدفع عند الاستلام"},
            "card", new String[] {"Card", "بطاقة مصرفية"},
            "zain_cash", new String[] {"Zain Cash", "زين كاش"},
            "fastpay", new String[] {"FastPay", "فاست باي"});

    private final CheckoutSettings settings;

    public CheckoutOptions(CheckoutSettings settings) {
        this.settings = settings;
    }

    public List<DeliveryOptionView> deliveryOptions(String currency, Language language) {
        return settings.delivery().entrySet().stream()
                .map(e -> new DeliveryOptionView(e.getKey(), name(e.getKey(), language),
                        Prices.forDisplay(e.getValue().fees().getOrDefault(currency, BigDecimal.ZERO), currency),
                        currency, e.getValue().days(), e.getKey().equals(settings.defaultDelivery())))
                .toList();
    }

    public List<PaymentMethodView> paymentMethods(Language language) {
        return settings.paymentMethods().stream()
                .map(id -> new PaymentMethodView(id, name(id, language), id.equals(settings.defaultPaymentMethod())))
                .toList();
    }

    public boolean isDeliveryOption(String id) {
        return settings.delivery().containsKey(id);
    }

    public String defaultDeliveryOption() {
        return settings.defaultDelivery();
    }

    /** The option's fee in {@code currency}; empty when the option is unknown. A currency without a fee pays 0. */
    public Optional<BigDecimal> deliveryFee(String option, String currency) {
        return Optional.ofNullable(settings.delivery().get(option))
                .map(d -> d.fees().getOrDefault(currency, BigDecimal.ZERO));
    }

    public BigDecimal taxRate() {
        return settings.taxRate();
    }

    private static String name(String id, Language language) {
        String[] names = NAMES.get(id);
        return names == null ? id : language.pick(names[0], names[1]);
    }
}
