/** The customers' carts as read tables, and the queries checkout, the cart page and the home badge ask. */
package iq.tsh.erp.query.cart;
