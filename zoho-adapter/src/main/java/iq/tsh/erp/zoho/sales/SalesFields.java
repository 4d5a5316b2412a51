package iq.tsh.erp.zoho.sales;

import iq.tsh.erp.api.sales.DocumentTotals;
import iq.tsh.erp.zoho.parse.ZohoRecord;
import java.math.BigDecimal;
import java.util.Locale;

/** Fields Zoho's invoices and credit notes share, read the same way for both. */
final class SalesFields {

    private SalesFields() {
    }

    /** Zoho's status word in lower case; unknown words pass through, because Zoho adds statuses over time. */
    static String status(ZohoRecord document) {
        String status = document.text("status");
        return status == null ? null : status.toLowerCase(Locale.ROOT);
    }

    /** A document without {@code currency_code} is in the organisation's base currency. */
    static String currency(ZohoRecord document, String baseCurrency) {
        String code = document.text("currency_code");
        return code == null ? baseCurrency : code;
    }

    /** Newer organisations say {@code location_id}, older ones {@code warehouse_id}. */
    static String locationId(ZohoRecord document) {
        String location = document.id("location_id");
        return location != null ? location : document.id("warehouse_id");
    }

    /**
     * The totals. Zoho's document {@code discount} is an amount ({@code 190}) or a percentage ({@code "12.5%"});
     * only the text tells which, and a percentage is kept as such rather than turned into an amount on a guessed
     * base (before or after tax).
     */
    static DocumentTotals totals(ZohoRecord document) {
        BigDecimal discount = document.decimal("discount");
        boolean percent = discount != null && document.text("discount").endsWith("%");
        return new DocumentTotals(
                document.decimal("sub_total"),
                percent ? null : discount,
                percent ? discount : null,
                document.decimal("tax_total"),
                document.decimal("shipping_charge"),
                document.decimal("adjustment"),
                document.decimal("total"),
                document.decimal("balance"));
    }
}
