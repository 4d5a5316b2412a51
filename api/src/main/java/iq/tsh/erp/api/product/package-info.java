/** Messages about products: their Zoho catalogue data, stock levels and the product views the BFF reads. */
package iq.tsh.erp.api.product;
