/** The product page of the mobile app. */
package iq.tsh.erp.bff.product;
