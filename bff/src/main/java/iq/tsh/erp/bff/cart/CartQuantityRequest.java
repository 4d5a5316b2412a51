package iq.tsh.erp.bff.cart;

import io.swagger.v3.oas.annotations.media.Schema;
import iq.tsh.erp.api.cart.CartRejection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The body of {@code PATCH /cart/items/{productId}}: the line's new quantity, 0 removing it. */
@Schema(name = "CartQuantityRequest", description = "0 removes the line")
record CartQuantityRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "999")
        @NotNull(message = "is required")
        @Min(value = 0, message = "must be a whole number from 0 to " + CartRejection.MAX_QUANTITY)
        @Max(value = CartRejection.MAX_QUANTITY, message = "must be a whole number from 0 to " + CartRejection.MAX_QUANTITY)
        Integer quantity) {
}
