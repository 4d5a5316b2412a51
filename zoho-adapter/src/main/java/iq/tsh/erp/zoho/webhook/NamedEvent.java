package iq.tsh.erp.zoho.webhook;

/**
 * The event a webhook names and whether its signature vouches for the name. Zoho signs the URL's query parameters
 * with the body but never a header we add, so only {@code ?event=} under a query-form signature is authenticated;
 * a header could have been added to a captured delivery by anyone.
 *
 * @param authenticated the name is covered by the signature, or nothing is signed at all (development mode)
 */
record NamedEvent(DeliveryEvent event, boolean authenticated) {

    static NamedEvent of(String header, String query, WebhookSignature.Form signedAs, boolean signaturesRequired) {
        DeliveryEvent fromHeader = header == null ? null : DeliveryEvent.parse(header);
        DeliveryEvent fromQuery = query == null ? null : DeliveryEvent.parse(query);
        if (fromHeader != null && fromQuery != null && fromHeader != fromQuery) {
            throw new BadDeliveryException(400, "Conflicting event names",
                    "X-Erp-Event and ?event= name different events; send one of them");
        }
        DeliveryEvent event = fromQuery != null ? fromQuery : fromHeader != null ? fromHeader
                : DeliveryEvent.CREATED_OR_UPDATED;
        boolean covered = fromQuery != null && signedAs == WebhookSignature.Form.QUERY;
        return new NamedEvent(event, !signaturesRequired || covered);
    }
}
