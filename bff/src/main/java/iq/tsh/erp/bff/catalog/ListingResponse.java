package iq.tsh.erp.bff.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One page of cards; {@code nextCursor} is left out on the last page. */
record ListingResponse(List<CardResponse> items, @JsonInclude(JsonInclude.Include.NON_NULL) String nextCursor) {
}
