/**
 * Tomcat's own error pages as RFC 9457 problem details, for requests refused before Spring sees them; the rules and
 * the advice every endpoint shares live in the {@code web} module.
 */
package iq.tsh.erp.app.web;
