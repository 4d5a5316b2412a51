/** Messages about purchases: the vendor bills Zoho keeps, mirrored as Bill aggregates. */
package iq.tsh.erp.api.purchase;
