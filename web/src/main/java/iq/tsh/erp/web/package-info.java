/**
 * What every HTTP edge shares: one strict reader for request bodies (StorableValues on every value, no key twice,
 * records checked by Bean Validation), the exceptions edge code throws, and the one advice that answers every failure
 * as an RFC 9457 problem detail.
 */
package iq.tsh.erp.web;
