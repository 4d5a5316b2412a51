package iq.tsh.erp.web;

import java.util.Map;

/** A query parameter the endpoint cannot use: 400 naming it in {@code parameter}. */
public class BadParameterException extends ProblemException {

    private final String parameter;

    public BadParameterException(String parameter, String detail) {
        super(400, "Bad parameter", detail, null);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    @Override
    protected Map<String, Object> properties() {
        return Map.of("parameter", parameter);
    }
}
