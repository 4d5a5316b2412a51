package iq.tsh.erp.api.sales;

import iq.tsh.erp.api.common.Decimals;
import java.math.BigDecimal;

/**
 * The money summary of a sales document, in the document's currency, as Zoho computed it. An amount Zoho did not
 * send is {@code null}, not zero, so an auditor can tell "none" from "not stated".
 *
 * @param discount        the document-level discount as an amount, when Zoho states one
 * @param discountPercent the document-level discount when Zoho states it as a percentage ({@code "12.5%"})
 * @param adjustment      Zoho's manual adjustment (rounding and the like); may be negative
 * @param balance         what is still open: unpaid on an invoice, unapplied on a credit note
 */
public record DocumentTotals(
        BigDecimal subTotal,
        BigDecimal discount,
        BigDecimal discountPercent,
        BigDecimal taxTotal,
        BigDecimal shippingCharge,
        BigDecimal adjustment,
        BigDecimal total,
        BigDecimal balance) {

    public DocumentTotals {
        subTotal = Decimals.normalize(subTotal);
        discount = Decimals.normalize(discount);
        discountPercent = Decimals.normalize(discountPercent);
        taxTotal = Decimals.normalize(taxTotal);
        shippingCharge = Decimals.normalize(shippingCharge);
        adjustment = Decimals.normalize(adjustment);
        total = Decimals.normalize(total);
        balance = Decimals.normalize(balance);
    }
}
