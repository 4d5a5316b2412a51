package iq.tsh.erp.api.sales;

import iq.tsh.erp.api.common.Decimals;
import iq.tsh.erp.api.common.DocumentLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What we know of a Zoho credit note, in our words: the credit, its lines, its money and the invoices it concerns.
 *
 * @param customerId   the customer credited; Zoho always sends it, but a credit note is usable without it
 * @param status       Zoho's status word in lower case ({@code draft}, {@code open}, {@code closed}, {@code void})
 * @param currency     the ISO 4217 code every amount of the credit note, its lines included, is stated in
 * @param exchangeRate base-currency units per unit of {@code currency}
 * @param invoiceIds   the Zoho ids of the invoices the credit is applied to or raised against, each once, in the
 *                     order Zoho lists them (applications first, then the lines' invoices)
 * @param totals       {@code balance} is the credit not yet applied
 */
public record CreditNoteData(
        String number,
        String referenceNumber,
        String customerId,
        String customerName,
        String status,
        LocalDate date,
        String currency,
        BigDecimal exchangeRate,
        List<DocumentLine> lines,
        List<String> invoiceIds,
        DocumentTotals totals,
        String locationId) {

    public CreditNoteData {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(currency, "currency");
        exchangeRate = Decimals.normalize(exchangeRate);
        lines = lines == null ? List.of() : List.copyOf(lines);
        invoiceIds = invoiceIds == null ? List.of() : List.copyOf(invoiceIds);
        Objects.requireNonNull(totals, "totals");
    }
}
