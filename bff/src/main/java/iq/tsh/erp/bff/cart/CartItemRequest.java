package iq.tsh.erp.bff.cart;

import io.swagger.v3.oas.annotations.media.Schema;
import iq.tsh.erp.api.cart.CartRejection;
import iq.tsh.erp.web.JsonBodies;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /cart/items}: a product and how many (1-999). */
@Schema(name = "CartItemRequest")
record CartItemRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 64)
        @NotNull(message = "is required") @Size(max = 64, message = "must be at most 64 characters")
        String productId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "999")
        @NotNull(message = "is required")
        @Min(value = 1, message = "must be a whole number from 1 to " + CartRejection.MAX_QUANTITY)
        @Max(value = CartRejection.MAX_QUANTITY, message = "must be a whole number from 1 to " + CartRejection.MAX_QUANTITY)
        Integer quantity) {

    CartItemRequest {
        productId = JsonBodies.trimmed(productId);
    }
}
