/**
 * Reading the JSON bodies customers send (cart, addresses): each field checked with its name in the answer, malformed
 * bodies and refused commands turned into problem details.
 */
package iq.tsh.erp.bff.input;
