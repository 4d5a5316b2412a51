package iq.tsh.erp.query.promotion;

import iq.tsh.erp.query.common.SequencedRows;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The {@code promotions} read table. */
interface PromotionRows extends SequencedRows<PromotionRow> {

    /** Running at {@code now}: started, not past its end, not ended by ops, uses left; highest priority first. */
    @Query("""
            select p from PromotionRow p
            where (p.startsAt is null or p.startsAt <= :now)
              and (p.endsAt is null or p.endsAt > :now)
              and (p.endedAt is null or p.endedAt > :now)
              and (p.usageLimit is null or p.usageCount < p.usageLimit)
            order by p.priority desc, p.createdAt desc, p.id""")
    List<PromotionRow> findActive(@Param("now") Instant now, Pageable page);

    List<PromotionRow> findByCodeKey(String codeKey);

    @Query("select p from PromotionRow p order by p.createdAt desc, p.id")
    List<PromotionRow> findNewestFirst(Pageable page);
}
