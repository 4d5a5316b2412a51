/** Zoho items and inventory adjustments as Product commands. */
package iq.tsh.erp.zoho.product;
