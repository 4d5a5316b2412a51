/** The sales processing group: invoices as read tables, for customers' orders and best sellers. */
package iq.tsh.erp.query.sales;
