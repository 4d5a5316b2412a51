/**
 * Prices for shoppers: which Zoho price list holds each of the six TSH price books, the price of every item in every
 * book, and which book each customer buys at. Processing group {@code pricing}.
 */
package iq.tsh.erp.query.pricing;
