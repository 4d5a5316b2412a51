/**
 * Queries the storefront asks of the catalogue: products priced for a shopper (their price book), and which price
 * book a shopper buys at. The mobile BFF, the cart and checkout all price through these, so a price is computed in
 * one place.
 */
package iq.tsh.erp.api.catalog;
