package iq.tsh.erp.bff.address;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import iq.tsh.erp.api.address.AddAddress;
import iq.tsh.erp.api.address.AddressBookId;
import iq.tsh.erp.api.address.AddressBookView;
import iq.tsh.erp.api.address.AddressRejection;
import iq.tsh.erp.api.address.ChangeAddress;
import iq.tsh.erp.api.address.FindAddresses;
import iq.tsh.erp.api.address.RemoveAddress;
import iq.tsh.erp.api.readmodel.FindProjectionProgress;
import iq.tsh.erp.bff.common.ReadYourWrites;
import iq.tsh.erp.bff.common.Shopper;
import iq.tsh.erp.bff.input.Rejections;
import iq.tsh.erp.web.ConflictException;
import iq.tsh.erp.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/mobile/addresses}: the signed-in customer's own address book (the token's subject, never a parameter).
 * Another customer's address id is simply not in this book: 404, so ids reveal nothing. Writes wait until the read
 * model holds the change ({@link ReadYourWrites}) and answer from there, as the next {@code GET} will.
 */
@RestController
@RequestMapping("/api/mobile/addresses")
@Tag(name = "Mobile addresses")
class AddressController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadYourWrites readYourWrites;

    AddressController(CommandGateway commands, QueryGateway queries, ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.queries = queries;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping
    @Operation(summary = "The customer's addresses", description = "Default shipping first, then default billing, then newest")
    AddressListResponse addresses(HttpServletRequest request) {
        String customer = Shopper.requireCustomer(request);
        AddressBookView book = read(customer);
        return new AddressListResponse(book.addresses().stream().map(AddressResponse::of).toList());
    }

    @PostMapping
    @Operation(summary = "Add an address", description = "The first address becomes default shipping and billing; at most 20 (409 beyond). 201 with Location")
    ResponseEntity<AddressResponse> add(
            @RequestBody(required = false)
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = AddressRequest.class)))
            JsonNode body,
            HttpServletRequest request) {
        String customer = Shopper.requireCustomer(request);
        AddressForm form = AddressForm.read(body);
        String addressId = UUID.randomUUID().toString();
        AddressBookView book = send(customer, new AddAddress(AddressBookId.of(customer), customer, addressId, form.details(),
                form.defaultShipping(), form.defaultBilling(), Instant.now()));
        return ResponseEntity.created(URI.create("/api/mobile/addresses/" + addressId)).body(answer(book, addressId));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an address", description = "Same body as POST; a true flag makes it the default, false leaves the defaults as they are")
    AddressResponse change(
            @PathVariable String id,
            @RequestBody(required = false)
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = AddressRequest.class)))
            JsonNode body,
            HttpServletRequest request) {
        String customer = Shopper.requireCustomer(request);
        AddressForm form = AddressForm.read(body);
        AddressBookView book = send(customer, new ChangeAddress(AddressBookId.of(customer), customer, id, form.details(),
                form.defaultShipping(), form.defaultBilling(), Instant.now()));
        return answer(book, id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove an address", description = "A removed default passes to the most recently added address left. 204")
    ResponseEntity<Void> remove(@PathVariable String id, HttpServletRequest request) {
        String customer = Shopper.requireCustomer(request);
        send(customer, new RemoveAddress(AddressBookId.of(customer), customer, id, Instant.now()));
        return ResponseEntity.noContent().build();
    }

    private static AddressResponse answer(AddressBookView book, String addressId) {
        return book.find(addressId).map(AddressResponse::of)
                .orElseThrow(() -> new NotFoundException("no address " + addressId));
    }

    /** Sends the change, then answers the book once the read model holds it. */
    private AddressBookView send(String customer, Object command) {
        long sequence = sendAndWait(command);
        readYourWrites.await(FindProjectionProgress.of(AddressBookId.of(customer)), sequence);
        return read(customer);
    }

    private AddressBookView read(String customer) {
        return queries.query(new FindAddresses(customer), AddressBookView.class).join();
    }

    private long sendAndWait(Object command) {
        try {
            Long sequence = commands.sendAndWait(command);
            return sequence;
        } catch (RuntimeException e) {
            AddressRejection code = Rejections.code(e, AddressRejection.class).orElseThrow(() -> e);
            throw switch (code) {
                case UNKNOWN_ADDRESS -> new NotFoundException("no such address");
                case ADDRESS_BOOK_FULL -> new ConflictException("Conflict",
                        "an address book holds at most " + AddressRejection.MAX_ADDRESSES + " addresses");
                case ADDRESS_ID_TAKEN -> new ConflictException("Conflict",
                        "that address already exists");
            };
        }
    }
}
