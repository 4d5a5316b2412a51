package iq.tsh.erp.query.sales;

import org.springframework.data.jpa.repository.JpaRepository;

/** The {@code invoices} read table. */
interface InvoiceRows extends JpaRepository<InvoiceRow, String> {
}
