/** The write side: event-sourced aggregates that decide which facts each command produces. */
package iq.tsh.erp.command;
