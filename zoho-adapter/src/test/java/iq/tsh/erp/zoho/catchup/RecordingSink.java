package iq.tsh.erp.zoho.catchup;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.zoho.webhook.WebhookKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Records what the job feeds; refuses chosen ids as the intake refuses unusable records, or fails on a kind. */
final class RecordingSink implements RecordSink {

    record Fed(WebhookKind kind, JsonNode record) {
    }

    final List<Fed> fed = new ArrayList<>();
    private final Set<String> refusedIds = new HashSet<>();
    private final Set<WebhookKind> failingKinds = new HashSet<>();

    void refuse(String id) {
        refusedIds.add(id);
    }

    void failOn(WebhookKind kind) {
        failingKinds.add(kind);
    }

    @Override
    public boolean feed(WebhookKind kind, JsonNode record) {
        if (failingKinds.contains(kind)) {
            throw new IllegalStateException("command bus unavailable");
        }
        fed.add(new Fed(kind, record));
        String id = record.path(kind.wrapper() + "_id").asText();
        return !refusedIds.contains(id);
    }

    List<String> ids(WebhookKind kind) {
        return fed.stream().filter(fed -> fed.kind() == kind)
                .map(fed -> fed.record().path(kind.wrapper() + "_id").asText()).toList();
    }
}
