package iq.tsh.erp.app.web;

import iq.tsh.erp.app.Tokens;

/** Who sends a hostile request: nobody, or a token of one role. */
enum Caller {
    ANONYMOUS,
    CUSTOMER,
    OPS,
    AUDITOR;

    /** {@code null} for anonymous. */
    String token() {
        return switch (this) {
            case ANONYMOUS -> null;
            case CUSTOMER -> Tokens.customer("4790000000000000009");
            case OPS -> Tokens.ops();
            case AUDITOR -> Tokens.auditor();
        };
    }

    /** The role SecurityConfiguration asks of this operation ({@link #ANONYMOUS} for public ones). */
    static Caller neededFor(String method, String path) {
        if (path.startsWith("/api/zoho/dashboard") || path.startsWith("/api/zoho/admin") || path.startsWith("/api/admin")
                || path.startsWith("/actuator") && !path.startsWith("/actuator/health")) {
            return OPS;
        }
        if (path.startsWith("/api/audit")) {
            return AUDITOR;
        }
        boolean customerData = path.startsWith("/api/mobile/cart") || path.startsWith("/api/mobile/addresses");
        boolean checkoutPage = method.equals("GET") && path.equals("/api/mobile/checkout");
        boolean writesReview = method.equals("POST")
                && (path.matches("/api/mobile/products/\\{[^}]+}/reviews") || path.startsWith("/api/mobile/reviews/"));
        return customerData || checkoutPage || writesReview ? CUSTOMER : ANONYMOUS;
    }
}
