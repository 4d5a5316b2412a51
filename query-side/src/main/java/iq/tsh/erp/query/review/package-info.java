/** The reviews read model: reviews, their authors' display names and each product's rating summary. */
package iq.tsh.erp.query.review;
