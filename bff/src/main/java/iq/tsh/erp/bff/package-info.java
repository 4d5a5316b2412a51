/** Backend for the TSH mobile app: compact JSON composed from queries, under /api/mobile. */
package iq.tsh.erp.bff;
