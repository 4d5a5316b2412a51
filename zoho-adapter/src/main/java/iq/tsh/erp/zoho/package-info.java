/** Zoho in: webhook intake, lenient reading of Zoho's JSON and its mapping to commands. */
package iq.tsh.erp.zoho;
