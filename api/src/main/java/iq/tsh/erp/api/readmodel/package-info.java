/** Questions about the read models themselves: how far one has applied an aggregate's events (read-your-writes). */
package iq.tsh.erp.api.readmodel;
