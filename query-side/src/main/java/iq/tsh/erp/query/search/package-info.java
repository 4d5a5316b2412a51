/** Storefront listings: product search, category pages, related products and the home page lists, priced per book. */
package iq.tsh.erp.query.search;
