package iq.tsh.erp.command.promotion;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Code claims in the {@code promotion_codes} table (primary key on the lower-case code). The JdbcTemplate joins the
 * transaction Axon opened for the command, the same one that appends the promotion's events. A concurrent claim of
 * the same code waits on the key until the other transaction ends, then sees its row: exactly one wins.
 */
@Component
class JdbcPromotionCodes implements PromotionCodes {

    private final JdbcTemplate jdbc;

    JdbcPromotionCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String codeKey, String promotionId) {
        jdbc.update("INSERT INTO promotion_codes (code_key, promotion_id) VALUES (?, ?) ON CONFLICT (code_key) DO NOTHING",
                codeKey, promotionId);
        String holder = jdbc.queryForObject("SELECT promotion_id FROM promotion_codes WHERE code_key = ?", String.class,
                codeKey);
        return promotionId.equals(holder);
    }

    @Override
    public void releaseOthers(String promotionId, String keptCodeKey) {
        if (keptCodeKey == null) {
            jdbc.update("DELETE FROM promotion_codes WHERE promotion_id = ?", promotionId);
        } else {
            jdbc.update("DELETE FROM promotion_codes WHERE promotion_id = ? AND code_key <> ?", promotionId, keptCodeKey);
        }
    }
}
