package iq.tsh.erp.ops.dashboard;

/** A query parameter the dashboard cannot use: answered 400 naming the parameter, never a 5xx. */
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
