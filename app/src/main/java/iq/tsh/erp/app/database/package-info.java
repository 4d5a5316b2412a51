/** Which PostgreSQL the system uses: the embedded one kept in ERP_DATA_DIR, or the server named by DATABASE_URL. */
package iq.tsh.erp.app.database;
