package iq.tsh.erp.api.purchase;

import iq.tsh.erp.api.common.Decimals;
import iq.tsh.erp.api.common.DocumentLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What we know of a vendor bill, in our words: Zoho's bill without its bookkeeping fields. Amounts are in the
 * bill's {@code currency}; {@code exchangeRate} converts them to the organisation's base currency (IQD).
 *
 * @param status    Zoho's status word in lower case: {@code draft}, {@code open}, {@code paid}, {@code overdue},
 *                  {@code void}, {@code partially_paid} (kept as a word: approval flows add others)
 * @param balance   what is still owed to the vendor
 * @param lines     the bill's lines; a line without item is booked to an account only (freight)
 */
public record BillData(
        String billId,
        String number,
        String referenceNumber,
        String vendorId,
        String vendorName,
        String status,
        LocalDate date,
        LocalDate dueDate,
        String currency,
        BigDecimal exchangeRate,
        List<DocumentLine> lines,
        BigDecimal subTotal,
        BigDecimal taxTotal,
        BigDecimal total,
        BigDecimal balance,
        String locationId) {

    public BillData {
        Objects.requireNonNull(billId, "billId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(vendorId, "vendorId");
        exchangeRate = Decimals.normalize(exchangeRate);
        lines = lines == null ? List.of() : List.copyOf(lines);
        subTotal = Decimals.normalize(subTotal);
        taxTotal = Decimals.normalize(taxTotal);
        total = Decimals.normalize(total);
        balance = Decimals.normalize(balance);
    }
}
