package iq.tsh.erp.api.review;

/** The name shown with a customer's reviews: their first name, or {@code "Customer"}; never their id or email. */
public record ReviewAuthor(String displayName) {

    public static final String ANONYMOUS = "Customer";
}
