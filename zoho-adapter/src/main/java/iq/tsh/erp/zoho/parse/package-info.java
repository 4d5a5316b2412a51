/** Lenient reading of Zoho records: numbers as strings, blanks, odd times; every problem named by its Zoho field path. */
package iq.tsh.erp.zoho.parse;
