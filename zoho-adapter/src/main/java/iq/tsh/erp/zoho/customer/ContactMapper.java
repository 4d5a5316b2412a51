package iq.tsh.erp.zoho.customer;

import iq.tsh.erp.api.common.Address;
import iq.tsh.erp.api.customer.CustomerData;
import iq.tsh.erp.api.customer.CustomerId;
import iq.tsh.erp.api.customer.CustomerStatus;
import iq.tsh.erp.api.customer.CustomerType;
import iq.tsh.erp.api.customer.DeleteCustomer;
import iq.tsh.erp.api.customer.SyncCustomer;
import iq.tsh.erp.zoho.parse.ZohoRecord;
import iq.tsh.erp.zoho.webhook.DeliveryEvent;
import iq.tsh.erp.zoho.webhook.RecordCommand;
import iq.tsh.erp.zoho.webhook.RecordMapper;
import iq.tsh.erp.zoho.webhook.WebhookKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A Zoho contact as {@link SyncCustomer}, or {@link DeleteCustomer} for a delete. Zoho keeps a full contact's
 * names, email and phones on its primary contact person and repeats them at the top level only in some payloads,
 * so each is taken from the top level when present, else from the primary person.
 */
@Component
class ContactMapper implements RecordMapper {

    @Override
    public WebhookKind kind() {
        return WebhookKind.CUSTOMERS;
    }

    @Override
    public List<RecordCommand> commands(ZohoRecord contact, DeliveryEvent event) {
        String contactId = contact.requiredId("contact_id");
        Instant lastModified = contact.instant("last_modified_time");
        if (event.isDelete()) {
            if (contactId == null || !contact.errors().isEmpty()) {
                return List.of();
            }
            DeleteCustomer delete = new DeleteCustomer(CustomerId.ofContact(contactId), lastModified);
            return List.of(new RecordCommand(delete.customerId().value(), delete));
        }
        String name = contact.requiredText("contact_name");
        String companyName = contact.text("company_name");
        CustomerType type = type(contact);
        String subType = contact.text("customer_sub_type");
        CustomerStatus status = status(contact);
        ZohoRecord person = primaryPerson(contact);
        String firstName = personal(contact, person, "first_name");
        String lastName = personal(contact, person, "last_name");
        String email = personal(contact, person, "email");
        String phone = personal(contact, person, "phone");
        String mobile = personal(contact, person, "mobile");
        Address billing = ContactAddress.read(contact.object("billing_address"));
        Address shipping = ContactAddress.read(contact.object("shipping_address"));
        String priceListId = contact.has("price_list_id") ? contact.id("price_list_id") : contact.id("pricebook_id");
        String language = contact.text("language_code");
        String currency = contact.text("currency_code");
        BigDecimal creditLimit = contact.decimal("credit_limit");
        BigDecimal outstanding = contact.decimal("outstanding_receivable_amount");
        Integer paymentTermsDays = paymentTermsDays(contact);
        if (contactId == null || name == null || type == null || status == null || !contact.errors().isEmpty()) {
            return List.of();
        }
        CustomerData customer = new CustomerData(contactId, name, companyName, type, subType, status, firstName,
                lastName, email, phone, mobile, language, currency, priceListId, billing, shipping, creditLimit,
                outstanding, paymentTermsDays);
        SyncCustomer sync = new SyncCustomer(CustomerId.ofContact(contactId), customer, lastModified);
        return List.of(new RecordCommand(sync.customerId().value(), sync));
    }

    /** {@code customer} or {@code vendor}; absent means customer, the kind the shop mostly deals with. */
    private static CustomerType type(ZohoRecord contact) {
        String type = contact.text("contact_type");
        if (type == null) {
            return CustomerType.CUSTOMER;
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "customer" -> CustomerType.CUSTOMER;
            case "vendor" -> CustomerType.VENDOR;
            default -> {
                contact.reject("contact_type", "must be customer or vendor, not " + type);
                yield null;
            }
        };
    }

    /** {@code active}/{@code inactive}; a boolean is read as "is active"; absent means active. */
    private static CustomerStatus status(ZohoRecord contact) {
        String status = contact.text("status");
        if (status == null) {
            return CustomerStatus.ACTIVE;
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "active", "true" -> CustomerStatus.ACTIVE;
            case "inactive", "false" -> CustomerStatus.INACTIVE;
            default -> {
                contact.reject("status", "must be active or inactive, not " + status);
                yield null;
            }
        };
    }

    /** The contact person Zoho marks primary; none when no person is marked. */
    private static ZohoRecord primaryPerson(ZohoRecord contact) {
        ZohoRecord primary = null;
        for (ZohoRecord person : contact.objects("contact_persons")) {
            if (Boolean.TRUE.equals(person.bool("is_primary_contact")) && primary == null) {
                primary = person;
            }
        }
        return primary;
    }

    private static String personal(ZohoRecord contact, ZohoRecord primaryPerson, String field) {
        String value = contact.text(field);
        return value != null || primaryPerson == null ? value : primaryPerson.text(field);
    }

    /** Zoho's {@code payment_terms}: a whole, non-negative number of days. */
    private static Integer paymentTermsDays(ZohoRecord contact) {
        BigDecimal days = contact.decimal("payment_terms");
        if (days == null) {
            return null;
        }
        try {
            int whole = days.intValueExact();
            if (whole >= 0) {
                return whole;
            }
        } catch (ArithmeticException notWhole) {
            // reported below
        }
        contact.reject("payment_terms", "must be a whole number of days, not " + days.toPlainString());
        return null;
    }
}
