/** The promotions read model (processing group "promotions") and the queries ops, home, product pages and checkout ask. */
package iq.tsh.erp.query.promotion;
