package iq.tsh.erp.bff.checkout;

import iq.tsh.erp.api.promotion.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a calculate request and merges repeated products: two lines of one product are one line with their
 * quantities added (the app may send a cart line twice; refusing would only make it retry), the first price seen
 * kept. Everything is bounded here, before anything is fetched or priced: at most {@value #MAX_LINES} lines,
 * quantities 1-{@value #MAX_QUANTITY} (as the cart), ids of at most {@value #MAX_ID_LENGTH} characters, a code of at
 * most {@value #MAX_CODE_LENGTH}; numbers and text were already held to StorableValues when the body was read.
 */
final class CalculateRequestRules {

    static final int MAX_LINES = 100;
    static final int MAX_QUANTITY = 999;
    static final int MAX_CODE_LENGTH = 100;
    static final int MAX_ID_LENGTH = 64;
    private static final int MAX_OPTION_LENGTH = 40;

    private CalculateRequestRules() {
    }

    /** A checked line: product and a whole quantity from 1 to {@value #MAX_QUANTITY}. */
    record Checked(String productId, int quantity, BigDecimal priceWhenAdded) {
    }

    static List<Checked> check(CalculateRequest request, CheckoutOptions options) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.lines() == null || request.lines().isEmpty()) {
            problems.add(new FieldProblem("lines", "lines is required: at least one {productId, quantity}"));
        } else if (request.lines().size() > MAX_LINES) {
            problems.add(new FieldProblem("lines", "at most " + MAX_LINES + " lines"));
        }
        if (request.deliveryOption() != null && !options.isDeliveryOption(request.deliveryOption())) {
            problems.add(new FieldProblem("deliveryOption", request.deliveryOption().length() > MAX_OPTION_LENGTH
                    ? "unknown delivery option" : "unknown delivery option " + request.deliveryOption()));
        }
        promotionCodeProblem(request.promotionCode()).ifPresent(problems::add);
        if (request.addressId() != null && request.addressId().length() > MAX_ID_LENGTH) {
            problems.add(new FieldProblem("addressId", "an address id has at most " + MAX_ID_LENGTH + " characters"));
        }
        Map<String, Checked> merged = new LinkedHashMap<>();
        if (problems.isEmpty()) {
            for (int i = 0; i < request.lines().size(); i++) {
                checkLine(request.lines().get(i), "lines[" + i + "]", merged, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCheckoutException(problems);
        }
        return List.copyOf(merged.values());
    }

    /** The one bound of a typed code, for the calculation's body and the checkout page's query alike. */
    static Optional<FieldProblem> promotionCodeProblem(String code) {
        return code != null && code.length() > MAX_CODE_LENGTH
                ? Optional.of(new FieldProblem("promotionCode", "a promotion code has at most "
                + MAX_CODE_LENGTH + " characters"))
                : Optional.empty();
    }

    private static void checkLine(CalculateRequest.Line line, String field, Map<String, Checked> merged,
                                  List<FieldProblem> problems) {
        if (line == null) {
            problems.add(new FieldProblem(field, "a line is {productId, quantity}"));
            return;
        }
        boolean ok = true;
        if (line.productId() == null || line.productId().isBlank() || line.productId().length() > MAX_ID_LENGTH) {
            problems.add(new FieldProblem(field + ".productId", "productId is required: an id of at most "
                    + MAX_ID_LENGTH + " characters"));
            ok = false;
        }
        BigDecimal quantity = line.quantity();
        if (quantity == null || quantity.stripTrailingZeros().scale() > 0 || quantity.compareTo(BigDecimal.ONE) < 0
                || quantity.compareTo(BigDecimal.valueOf(MAX_QUANTITY)) > 0) {
            problems.add(new FieldProblem(field + ".quantity", "quantity must be a whole number from 1 to " + MAX_QUANTITY));
            ok = false;
        }
        if (line.priceWhenAdded() != null && line.priceWhenAdded().signum() < 0) {
            problems.add(new FieldProblem(field + ".priceWhenAdded", "priceWhenAdded must not be negative"));
            ok = false;
        }
        if (!ok) {
            return;
        }
        String id = line.productId().strip();
        Checked earlier = merged.get(id);
        int total = quantity.intValueExact() + (earlier == null ? 0 : earlier.quantity());
        if (total > MAX_QUANTITY) {
            problems.add(new FieldProblem(field + ".quantity", "quantity of " + id + " over all its lines must be at most "
                    + MAX_QUANTITY));
            return;
        }
        BigDecimal seen = earlier != null && earlier.priceWhenAdded() != null ? earlier.priceWhenAdded() : line.priceWhenAdded();
        merged.put(id, new Checked(id, total, seen));
    }
}
