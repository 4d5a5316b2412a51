package iq.tsh.erp.api.promotion;

/**
 * Why the Promotion aggregate refused a command; carried as the details of Axon's CommandExecutionException so that
 * callers branch on {@code code}, never on a message.
 *
 * @param code  {@link #INVALID_TERMS}, {@link #CODE_TAKEN} or {@link #ENDED}, {@link #USAGE_LIMIT_REACHED}
 * @param field the request field at fault, {@code null} when none
 */
public record PromotionRejection(String code, String field, String message) {

    public static final String INVALID_TERMS = "INVALID_TERMS";
    public static final String CODE_TAKEN = "CODE_TAKEN";
    public static final String ENDED = "PROMOTION_ENDED";
    public static final String USAGE_LIMIT_REACHED = "USAGE_LIMIT_REACHED";
}
