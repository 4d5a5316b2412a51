/** The Cart aggregate: one customer's cart, its lines and their price snapshots. */
package iq.tsh.erp.command.cart;
