package iq.tsh.erp.zoho.catchup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One page of a Zoho list answer: record summaries, and whether {@code page_context.has_more_page} is set. */
record ListPage(List<JsonNode> summaries, boolean hasMore) {

    ListPage {
        summaries = List.copyOf(summaries);
    }
}
