/**
 * Promotions ops run in the storefront (percentage, fixed amount, buy X get Y): the commands that create, change,
 * end and redeem them, their events, and the queries home, the product page and checkout ask.
 */
package iq.tsh.erp.api.promotion;
