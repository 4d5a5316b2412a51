/** The Product aggregate: catalogue data and stock of one Zoho item, kept in step with Zoho's snapshots and adjustments. */
package iq.tsh.erp.command.product;
