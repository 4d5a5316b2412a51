/** Catalogue listings of the mobile app: search, category pages, related products, categories and the home page. */
package iq.tsh.erp.bff.catalog;
