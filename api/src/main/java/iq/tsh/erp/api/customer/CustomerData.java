package iq.tsh.erp.api.customer;

import iq.tsh.erp.api.common.Address;
import iq.tsh.erp.api.common.Decimals;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What we know of a Zoho contact, in our words: who it is, how to reach it, and its commercial terms.
 * Amounts are in the contact's own {@code currency}.
 *
 * @param name                  Zoho's display name ({@code contact_name}), often Arabic
 * @param subType               Zoho's {@code customer_sub_type} as sent ({@code business}, {@code individual})
 * @param language              Zoho's {@code language_code}; {@code null} when the contact has none
 * @param priceListId           the Zoho price book the contact buys at, when assigned
 * @param outstandingReceivable what the contact owes us, as Zoho last stated it
 * @param paymentTermsDays      days from invoice to due date ({@code 0}: due on receipt)
 */
public record CustomerData(
        String contactId,
        String name,
        String companyName,
        CustomerType type,
        String subType,
        CustomerStatus status,
        String firstName,
        String lastName,
        String email,
        String phone,
        String mobile,
        String language,
        String currency,
        String priceListId,
        Address billingAddress,
        Address shippingAddress,
        BigDecimal creditLimit,
        BigDecimal outstandingReceivable,
        Integer paymentTermsDays) {

    public CustomerData {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        creditLimit = Decimals.normalize(creditLimit);
        outstandingReceivable = Decimals.normalize(outstandingReceivable);
    }
}
