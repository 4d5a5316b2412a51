/** The AddressBook aggregate: one customer's addresses and which of them are the defaults. */
package iq.tsh.erp.command.address;
