/** The customer's cart in the mobile app: lines with the price when added and the price now, and its changes. */
package iq.tsh.erp.bff.cart;
