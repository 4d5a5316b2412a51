package iq.tsh.erp.api.sales;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Make the invoice match a snapshot of the Zoho invoice. Returns a {@link iq.tsh.erp.api.common.SyncOutcome}.
 *
 * @param lastModifiedTime Zoho's {@code last_modified_time}; {@code null} when Zoho sent none (then never stale)
 */
public record SyncInvoice(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        InvoiceData invoice,
        Instant lastModifiedTime) {
}
