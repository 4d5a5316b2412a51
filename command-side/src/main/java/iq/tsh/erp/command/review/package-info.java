/** The Review aggregate: one customer's rating of one product, its flags and its moderation. */
package iq.tsh.erp.command.review;
