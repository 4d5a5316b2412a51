/** Product reviews for the app (list, submit or edit, flag) and their moderation by ops. */
package iq.tsh.erp.bff.review;
