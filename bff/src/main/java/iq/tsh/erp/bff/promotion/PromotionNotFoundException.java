package iq.tsh.erp.bff.promotion;

import iq.tsh.erp.web.NotFoundException;

/** No promotion has this id; answered 404. */
class PromotionNotFoundException extends NotFoundException {

    PromotionNotFoundException(String id) {
        super("no promotion " + id);
    }
}
