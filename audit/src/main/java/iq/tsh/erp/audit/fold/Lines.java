package iq.tsh.erp.audit.fold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** Finding one element of a list held in the state by its id. */
final class Lines {

    private Lines() {
    }

    /** The position of the object whose {@code idField} equals {@code id}, or -1. */
    static int indexOf(ArrayNode lines, String idField, JsonNode id) {
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            if (line.isObject() && id != null && id.equals(line.get(idField))) {
                return i;
            }
        }
        return -1;
    }
}
