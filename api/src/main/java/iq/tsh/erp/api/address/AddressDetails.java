package iq.tsh.erp.api.address;

/**
 * Where and to whom to deliver, as the customer wrote it (already checked and normalised by the sender).
 *
 * @param phone   an Iraqi mobile number in international form, {@code +9647XXXXXXXXX}
 * @param country ISO 3166-1 alpha-2 code, {@code IQ} unless the customer said otherwise
 */
public record AddressDetails(
        String label,
        String recipientName,
        String phone,
        String line1,
        String line2,
        String city,
        String region,
        String country,
        String postalCode) {
}
