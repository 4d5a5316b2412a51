package iq.tsh.erp.zoho.customer;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.zoho.parse.FieldErrors;
import iq.tsh.erp.zoho.parse.ZohoRecord;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;

/**
 * Stands in for a {@code ZohoRecord.object(field)} the shared parser lacks: it reads arrays of objects but not one
 * nested object such as {@code billing_address}. The nested record shares its parent's error collector and reports
 * under {@code billing_address.zip}. Replace the calls with {@code ZohoRecord.object} once the parser has it.
 */
final class NestedRecord {

    private static final Field NODE;
    private static final Field PATH;
    private static final Field ERRORS;
    private static final Constructor<ZohoRecord> NESTED;

    static {
        try {
            NODE = ZohoRecord.class.getDeclaredField("node");
            PATH = ZohoRecord.class.getDeclaredField("path");
            ERRORS = ZohoRecord.class.getDeclaredField("errors");
            NESTED = ZohoRecord.class.getDeclaredConstructor(JsonNode.class, String.class, FieldErrors.class);
            NODE.setAccessible(true);
            PATH.setAccessible(true);
            ERRORS.setAccessible(true);
            NESTED.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private NestedRecord() {
    }

    /** The object under {@code field}; {@code null} when absent; anything but an object is reported and absent. */
    static ZohoRecord object(ZohoRecord parent, String field) {
        try {
            JsonNode value = ((JsonNode) NODE.get(parent)).get(field);
            if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
                return null;
            }
            if (!value.isObject()) {
                parent.reject(field, "must be an object, not " + value.getNodeType().name().toLowerCase());
                return null;
            }
            String path = (String) PATH.get(parent);
            return NESTED.newInstance(value, path.isEmpty() ? field : path + "." + field, ERRORS.get(parent));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("ZohoRecord changed shape: use its own nested-object reader", e);
        }
    }
}
