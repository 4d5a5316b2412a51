package iq.tsh.erp.app.axon;

/** This instance's name in segment claims and in the roster of nodes: what tells two instances apart. */
record WorkerNode(String id) {
}
