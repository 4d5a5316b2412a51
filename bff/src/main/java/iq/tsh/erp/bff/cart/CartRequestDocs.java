package iq.tsh.erp.bff.cart;

import io.swagger.v3.oas.annotations.media.Schema;

/** The cart's request bodies as the API documentation shows them; the controller reads them field by field. */
final class CartRequestDocs {

    private CartRequestDocs() {
    }

    @Schema(name = "CartItemRequest")
    record AddItem(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 64) String productId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "999") int quantity) {
    }

    @Schema(name = "CartQuantityRequest", description = "0 removes the line")
    record ChangeQuantity(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "999") int quantity) {
    }
}
