package iq.tsh.erp.bff.address;

import java.util.List;

/** The customer's addresses: default shipping first, then default billing, then the newest. */
record AddressListResponse(List<AddressResponse> items) {
}
