package iq.tsh.erp.command.promotion;

/**
 * Who holds each promotion code (compared lower-case). Written in the command's own transaction, so a claim and
 * the events it allows commit or roll back together, and two promotions racing for one code cannot both win.
 */
interface PromotionCodes {

    /** Claims {@code codeKey} for the promotion; false when another promotion holds it. Claiming twice is harmless. */
    boolean claim(String codeKey, String promotionId);

    /** Frees every code the promotion holds other than {@code keptCodeKey} ({@code null}: frees all). */
    void releaseOthers(String promotionId, String keptCodeKey);
}
