package iq.tsh.erp.bff.address;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.api.address.AddressDetails;
import iq.tsh.erp.web.InvalidInputException;
import iq.tsh.erp.web.JsonBodies;
import java.util.Locale;

/**
 * An address as the book stores it, from an {@link AddressRequest}: the phone normalised to one Iraqi form, the
 * country upper-cased (IQ when absent). {@code PUT} replaces the whole address, so it takes the same body.
 */
record AddressForm(AddressDetails details, boolean defaultShipping, boolean defaultBilling) {

    static AddressForm read(JsonNode body) {
        AddressRequest request = JsonBodies.STANDARD.read(body, AddressRequest.class);
        String phone = IraqiPhone.normalise(request.phone()).orElseThrow(() -> InvalidInputException.badField("phone",
                "phone must be an Iraqi mobile number: +9647XXXXXXXXX or 07XXXXXXXXX"));
        String country = request.country() == null ? "IQ" : request.country().toUpperCase(Locale.ROOT);
        return new AddressForm(new AddressDetails(request.label(), request.recipientName(), phone, request.line1(),
                request.line2(), request.city(), request.region(), country, request.postalCode()),
                Boolean.TRUE.equals(request.defaultShipping()), Boolean.TRUE.equals(request.defaultBilling()));
    }
}
