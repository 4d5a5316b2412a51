package iq.tsh.erp.api.address;

/**
 * Why the address book refused a command; carried as the details of Axon's {@code CommandExecutionException}, so
 * callers decide on the code and never on a message.
 */
public enum AddressRejection {
    /** No address with that id in this customer's book (another customer's address included). */
    UNKNOWN_ADDRESS,
    /** The book already holds {@code MAX_ADDRESSES}. */
    ADDRESS_BOOK_FULL,
    /** An address with that id is already in the book. */
    ADDRESS_ID_TAKEN;

    /** The most addresses one customer keeps. */
    public static final int MAX_ADDRESSES = 20;
}
