/** The application: wiring, configuration, the database (embedded by default), health and the web layer's defaults. */
package iq.tsh.erp.app;
