package iq.tsh.erp.app.database;

/** The database cannot be used as configured; the message is the one line an operator needs. */
public class DatabaseConfigurationException extends RuntimeException {

    public DatabaseConfigurationException(String message) {
        super(message);
    }

    public DatabaseConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
