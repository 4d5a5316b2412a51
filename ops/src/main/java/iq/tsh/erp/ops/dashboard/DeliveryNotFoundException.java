package iq.tsh.erp.ops.dashboard;

/** The inbox holds no delivery with the asked id: answered 404. */
class DeliveryNotFoundException extends RuntimeException {

    DeliveryNotFoundException(String deliveryId) {
        super("the inbox holds no delivery " + deliveryId);
    }
}
