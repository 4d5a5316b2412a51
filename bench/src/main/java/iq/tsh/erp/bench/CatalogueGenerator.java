package iq.tsh.erp.bench;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A made-up but shop-like catalogue: English and Arabic names from a few word lists, 150 categories, 60 brands,
 * SKUs, stock over two locations (about one product in seven sold out). Seeded, so every run loads the same data.
 */
final class CatalogueGenerator {

    static final long FIRST_ITEM = 6_100_000_000_000_000_000L;
    static final int CATEGORIES = 150;
    static final long FIRST_CATEGORY = 6_200_000_000_000_000_000L;

    static final String[] NOUNS = {"Charger", "Cable", "Headphones", "Speaker", "Battery", "Lamp", "Kettle",
        "Blender", "Drill", "Router", "Adapter", "Keyboard", "Mouse", "Monitor", "Fan", "Heater", "Iron", "Toaster",
        "Scale", "Watch", "Camera", "Tripod", "Bulb", "Socket", "Switch", "Inverter", "Filter", "Pump", "Mixer", "Cooker"};
    private static final String[] ADJECTIVES = {"Wireless", "Fast", "Portable", "Smart", "Digital", "Compact", "Heavy Duty",
        "Mini", "Pro", "Ultra", "Classic", "Premium", "Rechargeable", "Solar", "Electric", "Steel"};
    static final String[] ARABIC_NOUNS = {"شاحن", "كابل", "سماعة", "مكبر صوت", "بطارية", "مصباح", "غلاية",
        "خلاط", "مثقاب", "راوتر", "محول", "لوحة مفاتيح", "فأرة", "شاشة", "مروحة", "مدفأة", "مكواة", "محمصة", "ميزان",
        "ساعة", "كاميرا", "حامل", "لمبة", "مقبس", "مفتاح", "انفرتر", "فلتر", "مضخة", "عجانة", "طباخ"};
    private static final String[] ARABIC_ADJECTIVES = {"لاسلكي", "سريع", "محمول", "ذكي", "رقمي", "صغير", "متين", "مصغر",
        "احترافي", "فائق", "كلاسيكي", "ممتاز", "قابل للشحن", "شمسي", "كهربائي", "فولاذي"};
    private static final String[] BRANDS = brands();

    private final Random random = new Random(20261128L);
    private final BitSet categoriesUsed = new BitSet(CATEGORIES);

    static String itemId(int index) {
        return Long.toString(FIRST_ITEM + index);
    }

    static String categoryId(int index) {
        return Long.toString(FIRST_CATEGORY + index);
    }

    /** The item webhook body of product {@code index}. */
    String item(int index) {
        int noun = random.nextInt(NOUNS.length);
        int adjective = random.nextInt(ADJECTIVES.length);
        int category = (noun * 5 + random.nextInt(5)) % CATEGORIES;
        categoriesUsed.set(category);
        String brand = BRANDS[random.nextInt(BRANDS.length)];
        long rate = 1_000L * (2 + random.nextInt(400));
        int stock = random.nextInt(7) == 0 ? 0 : 1 + random.nextInt(200);
        int first = stock / 2;
        return """
                {"item":{"item_id":"%s","name":"%s %s %s %d","cf_arabic_name":"%s %s %s","sku":"%s-%05d","status":"active",
                "rate":%d,"unit":"pcs","brand":"%s","category_id":"%s","category_name":"%s %d","description":"%s %s by %s, model %d.",
                "image_name":"p%d.jpg","stock_on_hand":%d,"available_stock":%d,"last_modified_time":"2026-11-01T10:00:00+0300",
                "locations":[{"location_id":"1","location_name":"Baghdad","location_stock_on_hand":%d,"location_available_stock":%d},
                {"location_id":"2","location_name":"Basra","location_stock_on_hand":%d,"location_available_stock":%d}]}}"""
                .formatted(itemId(index), brand, ADJECTIVES[adjective], NOUNS[noun], index % 1000,
                        ARABIC_NOUNS[noun], ARABIC_ADJECTIVES[adjective], brand, NOUNS[noun].substring(0, 3).toUpperCase(Locale.ROOT),
                        index, rate, brand, categoryId(category), NOUNS[noun], category, ADJECTIVES[adjective], NOUNS[noun],
                        brand, index, index, stock, stock, first, first, stock - first, stock - first);
    }

    /** The ids of the categories the generated items are in (a small catalogue leaves some of the 150 empty). */
    List<String> usedCategoryIds() {
        return categoriesUsed.stream().mapToObj(CatalogueGenerator::categoryId).toList();
    }

    /** A consumer_iqd price list giving the first {@code count} products a price of their own. */
    String consumerPriceList(int count) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < count; i++) {
            items.append(i == 0 ? "" : ",").append("{\"item_id\":\"").append(itemId(i)).append("\",\"pricebook_rate\":")
                    .append(1_000 * (2 + random.nextInt(400))).append('}');
        }
        return "{\"pricebook\":{\"pricebook_id\":\"6300000000000000001\",\"name\":\"consumer_iqd\",\"currency_code\":\"IQD\","
                + "\"status\":\"active\",\"pricebook_type\":\"per_item\",\"pricebook_items\":[" + items + "]}}";
    }

    /** An invoice of 2 to 5 lines, skewed towards the first products so best sellers and baskets exist. */
    String invoice(int index, int products) {
        StringBuilder lines = new StringBuilder();
        int count = 2 + random.nextInt(4);
        for (int l = 0; l < count; l++) {
            int product = (int) Math.min(products - 1, Math.abs(random.nextGaussian()) * products / 20);
            lines.append(l == 0 ? "" : ",").append("""
                    {"line_item_id":"%d%d","item_id":"%s","name":"item","quantity":%d,"rate":1000,"item_total":1000}"""
                    .formatted(index, l, itemId(product), 1 + random.nextInt(5)));
        }
        return """
                {"invoice":{"invoice_id":"%d","invoice_number":"INV-B%d","customer_id":"6400000000000000001",
                "customer_name":"Bench","status":"sent","date":"2026-11-01","currency_code":"IQD","total":5000,"balance":0,
                "last_modified_time":"2026-11-01T10:00:00+0300","line_items":[%s]}}"""
                .formatted(6_500_000_000_000_000_000L + index, index, lines);
    }

    private static String[] brands() {
        String[] brands = new String[60];
        String[] stems = {"Nova", "Rafid", "Dijla", "Furat", "Zain", "Noor", "Babil", "Sumer", "Akkad", "Ishtar"};
        for (int i = 0; i < brands.length; i++) {
            brands[i] = stems[i % stems.length] + (i < stems.length ? "" : "tek" + i / stems.length);
        }
        return brands;
    }
}
