package iq.tsh.erp.zoho.customer;

import iq.tsh.erp.api.common.Address;
import iq.tsh.erp.zoho.parse.ZohoRecord;

/**
 * A Zoho address object ({@code billing_address}, {@code shipping_address}) as our {@link Address}. Zoho sends an
 * address the contact never filled in as an object of empty strings: that is no address at all.
 */
final class ContactAddress {

    private ContactAddress() {
    }

    /** The address, or {@code null} when the object is absent or every field we keep is blank. */
    static Address read(ZohoRecord address) {
        if (address == null) {
            return null;
        }
        Address read = new Address(address.text("attention"), address.text("address"), address.text("street2"),
                address.text("city"), address.text("state"), address.text("zip"), address.text("country"),
                address.text("phone"));
        return read.equals(new Address(null, null, null, null, null, null, null, null)) ? null : read;
    }
}
