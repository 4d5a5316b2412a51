/** Ops' promotion admin ({@code /api/admin/promotions}): commands to the Promotion aggregate, reads from its read model. */
package iq.tsh.erp.bff.promotion;
