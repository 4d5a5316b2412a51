package iq.tsh.erp.bff.common;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is shopping, from the bearer token only (never from a parameter): the token's subject when it carries the
 * CUSTOMER role, else a guest. Security has already refused bad tokens; an OPS or AUDITOR token shops as a guest.
 */
public final class Shopper {

    private Shopper() {
    }

    /** The signed-in customer's id (the Zoho contact id), or empty for a guest. */
    public static Optional<String> customerId(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal == null || !request.isUserInRole("CUSTOMER")) {
            return Optional.empty();
        }
        return Optional.of(principal.getName());
    }

    /** The signed-in customer's id where the security rules already demand the CUSTOMER role. */
    public static String requireCustomer(HttpServletRequest request) {
        return customerId(request).orElseThrow(() -> new IllegalStateException("a CUSTOMER route reached without one"));
    }
}
