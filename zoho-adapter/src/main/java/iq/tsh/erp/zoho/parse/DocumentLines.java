package iq.tsh.erp.zoho.parse;

import iq.tsh.erp.api.common.DocumentLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code line_items} of an invoice, bill or credit note. A line without {@code item_id} is legitimate (booked to
 * an account: freight, services); a line needs a quantity that is a number.
 */
public final class DocumentLines {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DocumentLines() {
    }

    public static List<DocumentLine> read(ZohoRecord document) {
        List<DocumentLine> lines = new ArrayList<>();
        for (ZohoRecord line : document.objects("line_items")) {
            if (!line.has("quantity")) {
                line.reject("quantity", "is required");
            }
            BigDecimal quantity = line.decimal("quantity");
            BigDecimal rate = line.decimal("rate");
            BigDecimal total = line.decimal("item_total");
            BigDecimal discount = line.decimal("discount");
            boolean percent = isPercent(line.text("discount"), discount, quantity, rate, total);
            BigDecimal discountAmount = line.has("discount_amount") ? line.decimal("discount_amount")
                    : percent ? null : discount;
            lines.add(new DocumentLine(line.id("line_item_id"), line.id("item_id"), line.text("name"),
                    line.text("sku"), quantity, line.text("unit"), rate, percent ? discount : null, discountAmount,
                    line.text("tax_name"), line.decimal("tax_percentage"), total,
                    line.id("location_id") != null ? line.id("location_id") : line.id("warehouse_id")));
        }
        return lines;
    }

    /**
     * Zoho writes a line discount as {@code "5%"} or as a bare number that may be a percentage or an amount; the
     * line's own total tells which (the reading that explains {@code quantity × rate − item_total} better).
     */
    private static boolean isPercent(String text, BigDecimal discount, BigDecimal quantity, BigDecimal rate,
                                     BigDecimal total) {
        if (discount == null || discount.signum() == 0) {
            return false;
        }
        if (text != null && text.endsWith("%")) {
            return true;
        }
        if (quantity == null || rate == null || total == null) {
            return discount.compareTo(HUNDRED) <= 0;
        }
        BigDecimal gross = quantity.multiply(rate);
        BigDecimal implied = gross.subtract(total);
        BigDecimal asPercent = gross.multiply(discount).divide(HUNDRED);
        return asPercent.subtract(implied).abs().compareTo(discount.subtract(implied).abs()) < 0;
    }
}
