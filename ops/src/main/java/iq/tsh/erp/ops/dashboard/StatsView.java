package iq.tsh.erp.ops.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * Volumes: deliveries per kind and outcome, events per type, and rows in each read model.
 *
 * @param deliveries  per kind and outcome, over the last hour and the last day (outcomes with none are left out)
 * @param events      per event type: in all, over the last hour and the last day
 * @param readModels  the query side's tables and their rows
 */
record StatsView(Instant at, DeliveryTotals deliveryTotals, List<DeliveryCount> deliveries, List<EventCount> events,
                 List<ReadModelCount> readModels) {

    /** Deliveries of all kinds. */
    record DeliveryTotals(long lastHour, long lastDay) {
    }

    record DeliveryCount(String kind, String outcome, long lastHour, long lastDay) {
    }

    /** @param type the event's class name without package; {@code payloadType} is the full name */
    record EventCount(String type, String payloadType, long total, long lastHour, long lastDay) {
    }

    record ReadModelCount(String table, long rows) {
    }
}
