/** Defaults every endpoint shares: errors as RFC 9457 problem details, never a bare stack trace. */
package iq.tsh.erp.app.web;
