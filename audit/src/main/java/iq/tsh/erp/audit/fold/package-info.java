/** Each aggregate type's history folded into what auditors see of it, by code that knows that aggregate's events. */
package iq.tsh.erp.audit.fold;
