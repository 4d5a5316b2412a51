package iq.tsh.erp.app.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.app.Samples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** A Zoho item delivery built from the olive oil sample with the fields a listing test cares about changed. */
final class ShopItem {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root;
    private final ObjectNode item;
    final String id;

    private ShopItem(String id) {
        this.id = id;
        try {
            root = (ObjectNode) JSON.readTree(Samples.withItem("item-created-1.json", id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        item = (ObjectNode) root.get("item");
    }

    static ShopItem of(String id) {
        return new ShopItem(id);
    }

    /** The English name and the Arabic one (null: no Arabic custom field). */
    ShopItem name(String name, String arabic) {
        item.put("name", name);
        item.remove("custom_fields");
        item.remove("cf_arabic_name_unformatted");
        if (arabic == null) {
            item.remove("cf_arabic_name");
        } else {
            item.put("cf_arabic_name", arabic);
        }
        return this;
    }

    ShopItem sku(String sku) {
        item.put("sku", sku);
        return this;
    }

    ShopItem brand(String brand) {
        item.put("brand", brand);
        return this;
    }

    ShopItem description(String description) {
        item.put("description", description);
        return this;
    }

    ShopItem category(String id, String name) {
        item.put("category_id", id);
        item.put("category_name", name);
        return this;
    }

    ShopItem rate(String rate) {
        item.put("rate", new BigDecimal(rate));
        return this;
    }

    /** What can be sold now, with no per-location detail. */
    ShopItem stock(int available) {
        item.remove("locations");
        item.put("stock_on_hand", available);
        item.put("available_stock", available);
        item.put("actual_available_stock", available);
        return this;
    }

    ShopItem inactive() {
        item.put("status", "inactive");
        return this;
    }

    /** Zoho's last_modified_time, for a later snapshot of the same item. */
    ShopItem modified(String time) {
        item.put("last_modified_time", time);
        return this;
    }

    String json() {
        return root.toString();
    }
}
