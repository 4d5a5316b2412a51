package iq.tsh.erp.command.pricing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import iq.tsh.erp.api.common.SyncOutcome;
import iq.tsh.erp.api.pricing.DeletePriceList;
import iq.tsh.erp.api.pricing.PriceListData;
import iq.tsh.erp.api.pricing.PriceListDeleted;
import iq.tsh.erp.api.pricing.PriceListId;
import iq.tsh.erp.api.pricing.PriceListSynced;
import iq.tsh.erp.api.pricing.SyncPriceList;
import iq.tsh.erp.command.zoho.SnapshotRule;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One Zoho price book. Zoho keeps no modification time on price lists, so a snapshot is judged by content only: the
 * same content says nothing, other content replaces what we hold. After a delete nothing brings the list back (a
 * list re-created in Zoho gets a new id).
 */
@Aggregate
public class PriceList {

    @AggregateIdentifier
    private PriceListId priceListId;
    private PriceListData priceList;
    private boolean deleted;

    protected PriceList() {
        // Axon rebuilds the price list from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public SyncOutcome handle(SyncPriceList command) {
        SyncOutcome outcome = SnapshotRule.judge(null, deleted, priceList, null, command.priceList());
        if (outcome == SyncOutcome.ACCEPTED) {
            apply(new PriceListSynced(command.priceListId(), command.priceList()));
        }
        return outcome;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public SyncOutcome handle(DeletePriceList command) {
        if (deleted) {
            return SyncOutcome.UNCHANGED;
        }
        apply(new PriceListDeleted(command.priceListId()));
        return SyncOutcome.ACCEPTED;
    }

    @EventSourcingHandler
    void on(PriceListSynced event) {
        priceListId = event.priceListId();
        priceList = event.priceList();
        deleted = false;
    }

    @EventSourcingHandler
    void on(PriceListDeleted event) {
        priceListId = event.priceListId();
        deleted = true;
    }
}
