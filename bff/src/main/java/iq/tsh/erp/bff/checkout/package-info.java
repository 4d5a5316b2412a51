/**
 * Checkout: the pure calculation of an order's totals (prices, promotions, delivery, tax, warnings), the
 * {@code POST /api/mobile/checkout/calculate} endpoint that feeds it, and the configured delivery and payment options.
 */
package iq.tsh.erp.bff.checkout;
