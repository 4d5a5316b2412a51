package iq.tsh.erp.query.catalog;

import iq.tsh.erp.query.common.SequencedRows;

/** The {@code products} read table. */
interface ProductRows extends SequencedRows<ProductRow> {
}
