/** Whether the system works: /health and actuator health, both from the sync dashboard's verdict. */
package iq.tsh.erp.app.health;
