package iq.tsh.erp.bff.checkout;

/** Why a promotion does not discount this order. */
public enum NotApplicable {
    UNKNOWN_CODE,
    NOT_STARTED,
    EXPIRED,
    USAGE_LIMIT_REACHED,
    NOT_IN_SCOPE,
    MINIMUM_NOT_MET,
    CURRENCY_MISMATCH,
    /** Buy X get Y: no eligible product has X + Y units in the order. */
    NOT_ENOUGH_UNITS,
    /** The code's promotion applies, but another (or a stack) gives more and promotions do not combine. */
    BETTER_PROMOTION_APPLIED;

    /** Shown to shoppers only for their own code, or for automatic ones they can still reach. */
    boolean concernsShopper() {
        return this == MINIMUM_NOT_MET || this == CURRENCY_MISMATCH || this == NOT_ENOUGH_UNITS;
    }
}
