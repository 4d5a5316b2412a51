package iq.tsh.erp.bff.address;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.api.address.AddressDetails;
import iq.tsh.erp.bff.input.InvalidInputException;
import iq.tsh.erp.bff.input.JsonBody;
import java.util.Locale;

/**
 * The body of {@code POST} and {@code PUT /addresses}, checked field by field. Required: {@code recipientName},
 * {@code phone}, {@code line1}, {@code city}; the rest is optional (Iraqi addresses are often a street and a city).
 * {@code PUT} replaces the whole address, so it takes the same body.
 */
record AddressForm(AddressDetails details, boolean defaultShipping, boolean defaultBilling) {

    static AddressForm read(JsonNode body) {
        JsonBody fields = JsonBody.of(body);
        String label = fields.optionalText("label", 50).orElse(null);
        String recipient = fields.requiredText("recipientName", 100);
        String typedPhone = fields.requiredText("phone", 40);
        String phone = IraqiPhone.normalise(typedPhone).orElseThrow(() -> InvalidInputException.badField("phone",
                "phone must be an Iraqi mobile number: +9647XXXXXXXXX or 07XXXXXXXXX"));
        String line1 = fields.requiredText("line1", 200);
        String line2 = fields.optionalText("line2", 200).orElse(null);
        String city = fields.requiredText("city", 100);
        String region = fields.optionalText("region", 100).orElse(null);
        String country = fields.optionalText("country", 2).orElse("IQ").toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            throw InvalidInputException.badField("country", "country must be a two-letter ISO code such as IQ");
        }
        String postalCode = fields.optionalText("postalCode", 20).orElse(null);
        return new AddressForm(new AddressDetails(label, recipient, phone, line1, line2, city, region, country,
                postalCode), fields.optionalBoolean("defaultShipping"), fields.optionalBoolean("defaultBilling"));
    }
}
