package iq.tsh.erp.audit.fold;

import java.util.List;
import java.util.Optional;

/** Every aggregate type's fold: a new aggregate's fold is listed here, and FoldsTest checks none is missing. */
final class Folds {

    static final List<AggregateFold> ALL = List.of(
            ProductFold.FOLD,
            CustomerFold.FOLD,
            InvoiceFold.FOLD,
            CreditNoteFold.FOLD,
            BillFold.FOLD,
            PriceListFold.FOLD,
            CartFold.FOLD,
            AddressBookFold.FOLD,
            ReviewFold.FOLD,
            PromotionFold.FOLD);

    private Folds() {
    }

    /** The fold whose aggregate stores events of {@code payloadType} (a fully qualified class name), if any. */
    static Optional<AggregateFold> owning(String payloadType) {
        return ALL.stream().filter(fold -> fold.knows(payloadType)).findFirst();
    }
}
