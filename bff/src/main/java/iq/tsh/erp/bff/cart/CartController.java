package iq.tsh.erp.bff.cart;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import iq.tsh.erp.api.cart.AddCartItem;
import iq.tsh.erp.api.cart.CartContents;
import iq.tsh.erp.api.cart.CartId;
import iq.tsh.erp.api.cart.CartRejection;
import iq.tsh.erp.api.cart.ChangeCartItemQuantity;
import iq.tsh.erp.api.cart.ClearCart;
import iq.tsh.erp.api.cart.FindCart;
import iq.tsh.erp.api.cart.RemoveCartItem;
import iq.tsh.erp.api.catalog.CustomerPricing;
import iq.tsh.erp.api.catalog.PricedProduct;
import iq.tsh.erp.api.readmodel.FindProjectionProgress;
import iq.tsh.erp.bff.common.Language;
import iq.tsh.erp.bff.common.ReadYourWrites;
import iq.tsh.erp.bff.common.Shopper;
import iq.tsh.erp.bff.input.Rejections;
import iq.tsh.erp.web.InvalidInputException;
import iq.tsh.erp.web.JsonBodies;
import iq.tsh.erp.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/mobile/cart}: the signed-in customer's own cart (the token's subject, never a parameter). Every change
 * waits until the read model holds it ({@link ReadYourWrites}) and answers the whole cart from there, so neither the
 * answer nor the next {@code GET} shows a cart from before the customer's last tap.
 */
@RestController
@RequestMapping("/api/mobile/cart")
@Tag(name = "Mobile cart")
class CartController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadYourWrites readYourWrites;
    private final CartViews views;

    CartController(CommandGateway commands, QueryGateway queries, ReadYourWrites readYourWrites, CartViews views) {
        this.commands = commands;
        this.queries = queries;
        this.readYourWrites = readYourWrites;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "The customer's cart", description = "Lines with the price when added (unitPrice) and now (currentPrice); Accept-Language: ar for Arabic names")
    CartResponse cart(@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
                      HttpServletRequest request) {
        String customer = Shopper.requireCustomer(request);
        return views.of(read(customer), Language.of(language));
    }

    @PostMapping("/items")
    @Operation(summary = "Add a product", description = "{productId, quantity 1-999}; a product already in the cart grows by quantity and takes today's price as its snapshot. 201 for a new line, 200 when a line grew; answers the cart")
    ResponseEntity<CartResponse> add(
            @RequestBody(required = false)
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = CartItemRequest.class)))
            JsonNode body,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
            HttpServletRequest request) {
        String customer = Shopper.requireCustomer(request);
        CartItemRequest item = JsonBodies.STANDARD.read(body, CartItemRequest.class);
        String productId = item.productId();
        int quantity = item.quantity();
        CustomerPricing pricing = views.pricing(customer);
        PricedProduct product = views.priced(List.of(productId), pricing.book()).get(productId);
        if (product == null) {
            throw new NotFoundException("no product " + productId);
        }
        if (!CartViews.buyable(product)) {
            throw InvalidInputException.of(HttpStatus.UNPROCESSABLE_ENTITY, "Unprocessable Entity", "productId",
                    "product " + productId + " cannot be bought now");
        }
        CartContents cart = send(customer, new AddCartItem(CartId.of(customer), customer, productId, quantity, product.price(),
                product.currency(), Instant.now()));
        boolean newLine = cart.lines().stream()
                .anyMatch(line -> line.itemId().equals(productId) && line.quantity() == quantity);
        CartResponse answer = views.of(cart, Language.of(language), pricing);
        return newLine
                ? ResponseEntity.created(URI.create("/api/mobile/cart/items/" + productId)).body(answer)
                : ResponseEntity.ok(answer);
    }

    @PatchMapping("/items/{productId}")
    @Operation(summary = "Set a line's quantity", description = "{quantity 0-999}; 0 removes the line. Answers the cart")
    CartResponse change(
            @PathVariable String productId,
            @RequestBody(required = false)
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = CartQuantityRequest.class)))
            JsonNode body,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
            HttpServletRequest request) {
        String customer = Shopper.requireCustomer(request);
        int quantity = JsonBodies.STANDARD.read(body, CartQuantityRequest.class).quantity();
        Object command = quantity == 0
                ? new RemoveCartItem(CartId.of(customer), customer, productId, Instant.now())
                : new ChangeCartItemQuantity(CartId.of(customer), customer, productId, quantity, Instant.now());
        return views.of(send(customer, command), Language.of(language));
    }

    @DeleteMapping("/items/{productId}")
    @Operation(summary = "Remove a line", description = "Answers the cart")
    CartResponse remove(@PathVariable String productId,
                        @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
                        HttpServletRequest request) {
        String customer = Shopper.requireCustomer(request);
        return views.of(send(customer, new RemoveCartItem(CartId.of(customer), customer, productId, Instant.now())),
                Language.of(language));
    }

    @DeleteMapping
    @Operation(summary = "Empty the cart", description = "Answers the (empty) cart; harmless on an empty cart")
    CartResponse clear(@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
                       HttpServletRequest request) {
        String customer = Shopper.requireCustomer(request);
        return views.of(send(customer, new ClearCart(CartId.of(customer), customer, Instant.now())), Language.of(language));
    }

    /** Sends the change, then answers the cart once the read model holds it. */
    private CartContents send(String customer, Object command) {
        long sequence = sendAndWait(command);
        readYourWrites.await(FindProjectionProgress.of(CartId.of(customer)), sequence);
        return read(customer);
    }

    private CartContents read(String customer) {
        return queries.query(new FindCart(customer), CartContents.class).join();
    }

    private long sendAndWait(Object command) {
        try {
            Long sequence = commands.sendAndWait(command);
            return sequence;
        } catch (RuntimeException e) {
            CartRejection code = Rejections.code(e, CartRejection.class).orElseThrow(() -> e);
            throw switch (code) {
                case ITEM_NOT_IN_CART -> new NotFoundException("that product is not in the cart");
                case QUANTITY_OUT_OF_RANGE -> InvalidInputException.badField("quantity",
                        "a cart line holds 1 to " + CartRejection.MAX_QUANTITY + " units");
            };
        }
    }
}
