package iq.tsh.erp.bff.address;

import io.swagger.v3.oas.annotations.media.Schema;

/** The address body as the API documentation shows it; {@link AddressForm} reads it field by field. */
@Schema(name = "AddressRequest")
record AddressRequestDocs(
        @Schema(maxLength = 50) String label,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String recipientName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "+9647XXXXXXXXX or 07XXXXXXXXX") String phone,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String line1,
        @Schema(maxLength = 200) String line2,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String city,
        @Schema(maxLength = 100) String region,
        @Schema(description = "ISO 3166 two letters, IQ by default") String country,
        @Schema(maxLength = 20) String postalCode,
        Boolean defaultShipping,
        Boolean defaultBilling) {
}
