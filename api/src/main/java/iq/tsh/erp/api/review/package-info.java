/** Messages about product reviews: customers' ratings and words, their flags, and ops' moderation. */
package iq.tsh.erp.api.review;
