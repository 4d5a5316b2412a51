package iq.tsh.erp.bff.catalog;

import java.util.List;

/** Products to show beside one product, best first. */
record RelatedResponse(List<CardResponse> items) {
}
