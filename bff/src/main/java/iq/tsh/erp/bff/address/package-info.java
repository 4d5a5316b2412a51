/** The customer's address book in the mobile app: Iraqi addresses and mobile numbers, default shipping and billing. */
package iq.tsh.erp.bff.address;
