package iq.tsh.erp.app.security;

/** Security cannot start as configured (missing or weak secret); the message is the one line an operator needs. */
public class SecurityConfigurationException extends RuntimeException {

    public SecurityConfigurationException(String message) {
        super(message);
    }
}
