package iq.tsh.erp.zoho.customer;

import static iq.tsh.erp.zoho.ZohoSamples.errorFields;
import static iq.tsh.erp.zoho.ZohoSamples.recordOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.common.Address;
import iq.tsh.erp.api.customer.CustomerData;
import iq.tsh.erp.api.customer.CustomerId;
import iq.tsh.erp.api.customer.CustomerStatus;
import iq.tsh.erp.api.customer.CustomerType;
import iq.tsh.erp.api.customer.DeleteCustomer;
import iq.tsh.erp.api.customer.SyncCustomer;
import iq.tsh.erp.zoho.ZohoSamples;
import iq.tsh.erp.zoho.parse.ZohoRecord;
import iq.tsh.erp.zoho.webhook.DeliveryEvent;
import iq.tsh.erp.zoho.webhook.RecordCommand;
import iq.tsh.erp.zoho.webhook.WebhookKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactMapperTest {

    private static final String RAFIDAIN_ID = "5128640000000002001";

    private final ContactMapper mapper = new ContactMapper();

    private SyncCustomer synced(JsonNode contact) {
        List<RecordCommand> commands = mapper.commands(ZohoRecord.root(contact), DeliveryEvent.CREATED_OR_UPDATED);
        assertThat(commands).singleElement().extracting(RecordCommand::command).isInstanceOf(SyncCustomer.class);
        return (SyncCustomer) commands.get(0).command();
    }

    private static ObjectNode contact(String file) {
        return (ObjectNode) recordOf(file);
    }

    private List<String> errorsOf(String json, DeliveryEvent event) {
        ZohoRecord contact = ZohoRecord.root(ZohoSamples.parse(json));
        assertThat(mapper.commands(contact, event)).isEmpty();
        return errorFields(contact);
    }

    @Test
    void handlesTheCustomersKind() {
        assertThat(mapper.kind()).isEqualTo(WebhookKind.CUSTOMERS);
    }

    @Test
    void targetsTheCustomerOfTheContact() {
        List<RecordCommand> commands =
                mapper.commands(ZohoRecord.root(contact("contact-created-1.json")), DeliveryEvent.CREATED);

        assertThat(commands).extracting(RecordCommand::aggregateId).containsExactly("contact:" + RAFIDAIN_ID);
        assertThat(((SyncCustomer) commands.get(0).command()).customerId())
                .isEqualTo(CustomerId.ofContact(RAFIDAIN_ID));
    }

    @Test
    void mapsEveryFieldOfACustomer() {
        assertThat(synced(contact("contact-created-1.json")).customer()).isEqualTo(new CustomerData(RAFIDAIN_ID,
                "أسواق الرافدين المركزية", "Al-Rafidain Central Markets LLC", CustomerType.CUSTOMER, "business",
                CustomerStatus.ACTIVE, "Haider", "Al-Saadi", "purchasing@rafidain-markets.iq", "+964 770 123 4567",
                "+964 780 765 4321", "ar", "IQD", null,
                new Address("قسم المشتريات", "شارع الكرادة داخل، قرب ساحة كهرمانة", "بناية ١٤، الطابق الأرضي",
                        "بغداد", "Baghdad", "10001", "Iraq", "+964 770 123 4567"),
                new Address("المخزن", "المنطقة الصناعية - الزعفرانية", null, "بغداد", "Baghdad", "10081", "Iraq",
                        "+964 751 222 3344"),
                new BigDecimal("50000000"), BigDecimal.ZERO, 30));
    }

    @Test
    void carriesZohosModificationTime() {
        assertThat(synced(contact("contact-created-1.json")).lastModifiedTime())
                .isEqualTo(Instant.parse("2025-01-12T07:00:00Z"));
    }

    @Test
    void mapsAVendorInDollarsWhoseBlankFieldsAreAbsent() {
        assertThat(synced(contact("contact-created-2.json")).customer()).isEqualTo(new CustomerData(
                "5128640000000002002", "Gulf Food Supplies FZE", "Gulf Food Supplies FZE", CustomerType.VENDOR, null,
                CustomerStatus.ACTIVE, null, null, "accounts@gulffood.example.ae", "+971 4 555 0199", null, null,
                "USD", null,
                new Address(null, "Jebel Ali Free Zone, Warehouse LB-07", null, "Dubai", "Dubai", null,
                        "United Arab Emirates", null),
                null, null, null, 45));
    }

    @Test
    void mapsTheBalanceAndPhoneOfAnUpdatedContact() {
        SyncCustomer updated = synced(contact("contact-updated-1.json"));

        assertThat(updated.customerId()).isEqualTo(CustomerId.ofContact(RAFIDAIN_ID));
        assertThat(updated.customer().phone()).isEqualTo("+964 771 555 0101");
        assertThat(updated.customer().billingAddress().phone()).isEqualTo("+964 771 555 0101");
        assertThat(updated.customer().creditLimit()).isEqualTo(new BigDecimal("75000000"));
        assertThat(updated.customer().outstandingReceivable()).isEqualTo(new BigDecimal("673800"));
        assertThat(updated.lastModifiedTime()).isEqualTo(Instant.parse("2025-03-18T10:27:40Z"));
    }

    @Test
    void mapsADeleteToOneDeleteCustomer() {
        List<RecordCommand> commands =
                mapper.commands(ZohoRecord.root(contact("contact-deleted-1.json")), DeliveryEvent.DELETED);

        assertThat(commands).extracting(RecordCommand::aggregateId).containsExactly("contact:5128640000000002050");
        assertThat(commands).extracting(RecordCommand::command).containsExactly(new DeleteCustomer(
                CustomerId.ofContact("5128640000000002050"), Instant.parse("2025-03-22T15:12:03Z")));
    }

    @Test
    void readsAnInactiveContactDueOnReceipt() {
        CustomerData cashCustomer = synced(contact("contact-deleted-1.json")).customer();

        assertThat(cashCustomer.status()).isEqualTo(CustomerStatus.INACTIVE);
        assertThat(cashCustomer.subType()).isEqualTo("individual");
        assertThat(cashCustomer.paymentTermsDays()).isZero();
        assertThat(cashCustomer.companyName()).isNull();
        assertThat(cashCustomer.billingAddress()).isNull();
    }

    @Test
    void keepsHostileUnicodeVerbatimAndRefusesWhatNoColumnCanStore() {
        ObjectNode sample = contact("hostile-unicode-contact.json");
        ZohoRecord refused = ZohoRecord.root(sample);
        mapper.commands(refused, DeliveryEvent.CREATED_OR_UPDATED);
        // The NUL in the name is refused at its field, not repaired (the notes, with a lone surrogate, are not read).
        assertThat(errorFields(refused)).containsExactly("contact_name");

        sample.put("contact_name", sample.get("contact_name").asText().replace("\u0000", ""));
        sample.put("notes", sample.get("notes").asText().replace("\ud800", ""));
        SyncCustomer tigris = synced(sample);
        CustomerData customer = tigris.customer();

        assertThat(tigris.customerId()).isEqualTo(CustomerId.ofContact("5128640000000002099"));
        // Bidi override, pop, emoji and ZWJ stay; only the trailing space is trimmed.
        assertThat(customer.name()).isEqualTo("\u202Eشركة دجلة\u202C \uD83D\uDED2 Tigris\u200D Trading");
        assertThat(customer.companyName()).isEqualTo("ئەربیل بۆ بازرگانی — Erbil Trading ٠١٢٣٤٥٦٧٨٩");
        assertThat(customer.firstName()).isEqualTo("عبدّالله");
        assertThat(customer.lastName()).isEqualTo("<script>alert(1)</script>");
        assertThat(customer.email()).isEqualTo("sales@دجلة.example");
        assertThat(customer.phone()).isEqualTo("+٩٦٤ ٧٧٠ ١٢٣ ٤٥٦٧");
        assertThat(customer.billingAddress().street()).isEqualTo("شارع\u00A0الرشيد\t\nبغداد\r\nIraq");
    }

    @Test
    void takesPersonalDetailsFromThePrimaryContactPersonWhenAbsentAtTopLevel() {
        ObjectNode contact = contact("contact-updated-1.json");
        contact.remove(List.of("first_name", "last_name", "email", "phone", "mobile"));
        ObjectNode assistant = ((ObjectNode) contact.withArray("contact_persons").get(0)).deepCopy()
                .put("first_name", "Zainab").put("email", "zainab@rafidain-markets.iq")
                .put("is_primary_contact", false);
        contact.withArray("contact_persons").insert(0, assistant);

        CustomerData customer = synced(contact).customer();

        assertThat(List.of(customer.firstName(), customer.lastName(), customer.email(), customer.phone(),
                customer.mobile())).containsExactly("Haider", "Al-Saadi", "purchasing@rafidain-markets.iq",
                "+964 771 555 0101", "+964 780 765 4321");
    }

    @Test
    void leavesPersonalDetailsEmptyWhenNoPersonIsPrimary() {
        ObjectNode contact = contact("contact-created-1.json");
        contact.remove(List.of("email", "mobile"));
        ((ObjectNode) contact.withArray("contact_persons").get(0)).put("is_primary_contact", false);

        CustomerData customer = synced(contact).customer();

        assertThat(customer.email()).isNull();
        assertThat(customer.mobile()).isNull();
        assertThat(customer.firstName()).isEqualTo("Haider");
    }

    @Test
    void readsThePriceListFromEitherZohoField() {
        ObjectNode withPriceList = contact("contact-created-1.json").put("price_list_id", "5128640000000071001");
        ObjectNode withPricebook = contact("contact-created-1.json").put("pricebook_id", "5128640000000071002");

        assertThat(synced(withPriceList).customer().priceListId()).isEqualTo("5128640000000071001");
        assertThat(synced(withPricebook).customer().priceListId()).isEqualTo("5128640000000071002");
    }

    @Test
    void leavesTheLanguageEmptyWhenZohoSendsNone() {
        ObjectNode contact = contact("contact-created-1.json");
        contact.remove("language_code");

        assertThat(synced(contact).customer().language()).isNull();
    }

    @Test
    void takesAContactWithoutTypeForACustomer() {
        ObjectNode contact = contact("contact-created-2.json");
        contact.remove("contact_type");

        assertThat(synced(contact).customer().type()).isEqualTo(CustomerType.CUSTOMER);
    }

    @Test
    void keepsTheExactDigitsOfANumericContactId() {
        ObjectNode contact = contact("contact-created-1.json");
        contact.put("contact_id", new BigInteger("5128640000000002001"));

        assertThat(synced(contact).customerId()).isEqualTo(CustomerId.ofContact(RAFIDAIN_ID));
    }

    @Test
    void reportsBothAMissingIdAndAMissingName() {
        assertThat(errorsOf("{\"contact_type\":\"customer\",\"contact_name\":\"  \"}", DeliveryEvent.CREATED))
                .containsExactlyInAnyOrder("contact_id", "contact_name");
    }

    @Test
    void reportsAMissingIdOfADelete() {
        assertThat(errorsOf("{\"contact_name\":\"Tigris\"}", DeliveryEvent.DELETED))
                .containsExactly("contact_id");
    }

    @Test
    void deletesWithTheIdAlone() {
        List<RecordCommand> commands = mapper.commands(
                ZohoRecord.root(ZohoSamples.parse("{\"contact_id\":\"5128640000000002050\"}")), DeliveryEvent.DELETED);

        assertThat(commands).extracting(RecordCommand::command)
                .containsExactly(new DeleteCustomer(CustomerId.ofContact("5128640000000002050"), null));
    }

    @Test
    void reportsEveryFieldOfTheWrongKindAtOnce() {
        String contact = """
                {"contact_id": {"id": 1}, "contact_name": "Tigris", "contact_type": "lead", "status": "archived",
                 "credit_limit": "lots", "payment_terms": 7.5, "billing_address": "Baghdad",
                 "shipping_address": {"city": {"name": "Basra"}}, "contact_persons": {"first_name": "Ali"},
                 "last_modified_time": "yesterday"}
                """;

        assertThat(errorsOf(contact, DeliveryEvent.UPDATED)).containsExactlyInAnyOrder("contact_id",
                "contact_type", "status", "credit_limit", "payment_terms", "billing_address", "shipping_address.city",
                "contact_persons", "last_modified_time");
    }

    @Test
    void reportsANegativePaymentTerm() {
        assertThat(errorsOf("{\"contact_id\":\"1\",\"contact_name\":\"Tigris\",\"payment_terms\":-5}",
                DeliveryEvent.UPDATED)).containsExactly("payment_terms");
    }
}
