package iq.tsh.erp.ops.dashboard;

import iq.tsh.erp.web.NotFoundException;

/** The inbox holds no delivery with the asked id: answered 404. */
class DeliveryNotFoundException extends NotFoundException {

    DeliveryNotFoundException(String deliveryId) {
        super("Unknown delivery", "the inbox holds no delivery " + deliveryId);
    }
}
