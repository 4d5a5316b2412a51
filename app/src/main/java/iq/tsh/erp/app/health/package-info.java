/** Whether the system works: the database and every event processor, as /health and actuator health. */
package iq.tsh.erp.app.health;
