package iq.tsh.erp.bff.promotion;

/** No promotion has this id; answered 404. */
class PromotionNotFoundException extends RuntimeException {

    PromotionNotFoundException(String id) {
        super("no promotion " + id);
    }
}
