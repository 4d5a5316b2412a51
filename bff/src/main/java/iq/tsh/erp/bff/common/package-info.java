/** What every mobile endpoint shares: money rounding, languages, not-found answers. */
package iq.tsh.erp.bff.common;
