package iq.tsh.erp.bff.catalog;

/** A query parameter a listing cannot use: answered 400 naming it. */
class BadParameterException extends RuntimeException {

    private final String parameter;

    BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
