package iq.tsh.erp.audit;

/** An export failed after its response was committed; it can only end by breaking the connection. */
class ExportInterrupted extends RuntimeException {

    ExportInterrupted(RuntimeException cause) {
        super(cause.getMessage(), cause);
    }
}
