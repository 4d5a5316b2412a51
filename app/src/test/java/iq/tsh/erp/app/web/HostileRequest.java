package iq.tsh.erp.app.web;

/**
 * One request of the property: what is sent, by whom, and whether the system must refuse it (4xx) because it
 * carries an unstorable value where the endpoint reads it.
 */
record HostileRequest(ApiOperation operation, String path, Caller caller, String contentType, byte[] body,
                      boolean mustRefuse, String what) {

    @Override
    public String toString() {
        String shownPath = path.length() > 160 ? path.substring(0, 160) + "…" : path;
        return operation.method() + " " + shownPath + " as " + caller + (contentType == null ? "" : " [" + contentType
                + "]") + (what.isEmpty() ? "" : " " + what) + (mustRefuse ? " (must be refused)" : "");
    }
}
