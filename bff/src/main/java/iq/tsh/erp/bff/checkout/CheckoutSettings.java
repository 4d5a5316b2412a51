package iq.tsh.erp.bff.checkout;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Checkout settings ({@code erp.checkout.*}), validated at start-up.
 * <p>Delivery fees are set per currency because there is no exchange rate in the system: a USD order (a USD price
 * book) pays the USD fee ops configured, never a conversion of the IQD one.
 *
 * @param taxRate              a fraction of the discounted goods (0.15 is 15 %), delivery excluded; default 0
 * @param delivery             the options in the order the app shows them; default standard, express, pickup
 * @param defaultDelivery      the option used when the app names none
 * @param paymentMethods       the methods offered, in order; default cash_on_delivery, card, zain_cash, fastpay
 * @param defaultPaymentMethod preselected in the app
 */
@ConfigurationProperties("erp.checkout")
public record CheckoutSettings(
        BigDecimal taxRate,
        Map<String, Delivery> delivery,
        String defaultDelivery,
        List<String> paymentMethods,
        String defaultPaymentMethod) {

    /**
     * One delivery option.
     *
     * @param days how long it takes; 0 for pickup
     * @param fees the fee by currency (IQD, USD)
     */
    public record Delivery(int days, Map<String, BigDecimal> fees) {

        public Delivery {
            if (days < 0) {
                throw new IllegalArgumentException("erp.checkout.delivery.*.days must not be negative");
            }
            Map<String, BigDecimal> upper = new LinkedHashMap<>();
            (fees == null ? Map.<String, BigDecimal>of() : fees).forEach((currency, fee) -> {
                if (fee == null || fee.signum() < 0) {
                    throw new IllegalArgumentException("erp.checkout.delivery.*.fees." + currency
                            + " must be a fee of 0 or more");
                }
                upper.put(currency.toUpperCase(Locale.ROOT), fee);
            });
            fees = Map.copyOf(upper);
        }
    }

    public CheckoutSettings {
        taxRate = taxRate == null ? BigDecimal.ZERO : taxRate;
        if (taxRate.signum() < 0 || taxRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("erp.checkout.tax-rate is a fraction from 0 up to (not including) 1, e.g."
                    + " 0.15 for 15 %; it was " + taxRate);
        }
        if (delivery == null || delivery.isEmpty()) {
            delivery = new LinkedHashMap<>();
            delivery.put("standard", new Delivery(3, Map.of("IQD", BigDecimal.valueOf(5000), "USD", new BigDecimal("4.00"))));
            delivery.put("express", new Delivery(1, Map.of("IQD", BigDecimal.valueOf(10000), "USD", new BigDecimal("8.00"))));
            delivery.put("pickup", new Delivery(0, Map.of("IQD", BigDecimal.ZERO, "USD", BigDecimal.ZERO)));
        }
        delivery = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(delivery));
        defaultDelivery = defaultDelivery == null ? delivery.keySet().iterator().next() : defaultDelivery;
        if (!delivery.containsKey(defaultDelivery)) {
            throw new IllegalArgumentException("erp.checkout.default-delivery must be one of " + delivery.keySet());
        }
        paymentMethods = paymentMethods == null || paymentMethods.isEmpty()
                ? List.of("cash_on_delivery", "card", "zain_cash", "fastpay") : List.copyOf(paymentMethods);
        defaultPaymentMethod = defaultPaymentMethod == null ? paymentMethods.get(0) : defaultPaymentMethod;
        if (!paymentMethods.contains(defaultPaymentMethod)) {
            throw new IllegalArgumentException("erp.checkout.default-payment-method must be one of " + paymentMethods);
        }
    }
}
