package iq.tsh.erp.api.sales;

import iq.tsh.erp.api.common.Decimals;
import iq.tsh.erp.api.common.DocumentLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What we know of a Zoho invoice, in our words: the sale, its lines and its money, without Zoho's bookkeeping.
 *
 * @param status       Zoho's status word in lower case ({@code draft}, {@code sent}, {@code partially_paid},
 *                     {@code paid}, {@code overdue}, {@code void}), kept as Zoho says it so new words pass through
 * @param currency     the ISO 4217 code every amount of the invoice, its lines included, is stated in
 * @param exchangeRate base-currency units per unit of {@code currency} (1 for IQD, 1310 for USD here)
 * @param locationId   the Zoho location (older organisations: warehouse) the goods leave from
 */
public record InvoiceData(
        String number,
        String referenceNumber,
        String customerId,
        String customerName,
        String status,
        LocalDate date,
        LocalDate dueDate,
        String currency,
        BigDecimal exchangeRate,
        List<DocumentLine> lines,
        DocumentTotals totals,
        String locationId) {

    public InvoiceData {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(currency, "currency");
        exchangeRate = Decimals.normalize(exchangeRate);
        lines = lines == null ? List.of() : List.copyOf(lines);
        Objects.requireNonNull(totals, "totals");
    }
}
