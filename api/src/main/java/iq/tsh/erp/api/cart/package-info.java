/**
 * Messages about a customer's shopping cart: lines with the price the customer saw when adding, the commands that
 * change them, and the queries checkout and the home page ask.
 */
package iq.tsh.erp.api.cart;
