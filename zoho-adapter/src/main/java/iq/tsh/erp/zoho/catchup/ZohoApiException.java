package iq.tsh.erp.zoho.catchup;

/** Zoho's API could not be used now (5xx, network, rate limit, refused token): the run ends and the marks stay. */
class ZohoApiException extends RuntimeException {

    ZohoApiException(String message) {
        super(message);
    }

    ZohoApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
