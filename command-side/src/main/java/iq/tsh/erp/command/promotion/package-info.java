/** The Promotion aggregate and the claim that keeps promotion codes unique across promotions. */
package iq.tsh.erp.command.promotion;
