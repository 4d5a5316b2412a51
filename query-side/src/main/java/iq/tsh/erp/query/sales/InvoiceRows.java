package iq.tsh.erp.query.sales;

import iq.tsh.erp.query.common.SequencedRows;

/** The {@code invoices} read table. */
interface InvoiceRows extends SequencedRows<InvoiceRow> {
}
