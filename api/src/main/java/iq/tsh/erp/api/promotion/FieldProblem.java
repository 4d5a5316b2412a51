package iq.tsh.erp.api.promotion;

/** One reason promotion terms cannot be used, naming the request field at fault ({@code value}, {@code endsAt}). */
public record FieldProblem(String field, String message) {
}
