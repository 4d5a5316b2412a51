package iq.tsh.erp.bff.address;

import iq.tsh.erp.api.address.AddressDetails;
import iq.tsh.erp.api.address.SavedAddress;

/**
 * One address as the app shows it.
 *
 * @param phone   {@code +9647XXXXXXXXX}
 * @param country ISO 3166-1 alpha-2, {@code IQ} by default
 */
public record AddressResponse(String id, String label, String recipientName, String phone, String line1, String line2,
                       String city, String region, String country, String postalCode, boolean defaultShipping,
                       boolean defaultBilling) {

    public static AddressResponse of(SavedAddress saved) {
        AddressDetails d = saved.details();
        return new AddressResponse(saved.addressId(), d.label(), d.recipientName(), d.phone(), d.line1(), d.line2(),
                d.city(), d.region(), d.country(), d.postalCode(), saved.defaultShipping(), saved.defaultBilling());
    }
}
