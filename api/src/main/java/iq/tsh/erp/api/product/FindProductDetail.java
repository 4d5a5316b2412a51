package iq.tsh.erp.api.product;

/** The catalogue detail of one product that is not deleted, by Zoho item id; answers an optional {@link ProductDetailView}. */
public record FindProductDetail(String itemId) {
}
