package iq.tsh.erp.bff.address;

import io.swagger.v3.oas.annotations.media.Schema;
import iq.tsh.erp.web.JsonBodies;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST} and {@code PUT /addresses}. Required: {@code recipientName}, {@code phone},
 * {@code line1}, {@code city}; the rest is optional (Iraqi addresses are often a street and a city). Texts are
 * trimmed and a blank one counts as absent.
 */
@Schema(name = "AddressRequest")
record AddressRequest(
        @Schema(maxLength = 50) @Size(max = 50, message = "must be at most 50 characters") String label,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100)
        @NotNull(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        String recipientName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "+9647XXXXXXXXX or 07XXXXXXXXX")
        @NotNull(message = "is required") @Size(max = 40, message = "must be at most 40 characters")
        String phone,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200)
        @NotNull(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String line1,
        @Schema(maxLength = 200) @Size(max = 200, message = "must be at most 200 characters") String line2,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100)
        @NotNull(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        String city,
        @Schema(maxLength = 100) @Size(max = 100, message = "must be at most 100 characters") String region,
        @Schema(description = "ISO 3166 two letters, IQ by default")
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO code such as IQ") String country,
        @Schema(maxLength = 20) @Size(max = 20, message = "must be at most 20 characters") String postalCode,
        Boolean defaultShipping,
        Boolean defaultBilling) {

    AddressRequest {
        label = JsonBodies.trimmed(label);
        recipientName = JsonBodies.trimmed(recipientName);
        phone = JsonBodies.trimmed(phone);
        line1 = JsonBodies.trimmed(line1);
        line2 = JsonBodies.trimmed(line2);
        city = JsonBodies.trimmed(city);
        region = JsonBodies.trimmed(region);
        country = JsonBodies.trimmed(country);
        postalCode = JsonBodies.trimmed(postalCode);
    }
}
