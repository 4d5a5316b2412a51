/** The catalog processing group: products with their prices and stock, as the storefront reads them. */
package iq.tsh.erp.query.catalog;
