/**
 * Rules every endpoint shares: what a request may hold before any endpoint reads it (StorableValues on bodies, path
 * and query values; concrete Content-Types), and errors as RFC 9457 problem details, never a bare stack trace.
 */
package iq.tsh.erp.app.web;
