package iq.tsh.erp.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;

/**
 * JSON text that is written into an answer as it is, so a payload reaches the auditor digit for digit without
 * a detour through a tree. Only {@link AuditJson} makes one, from text it has checked.
 */
record RawJson(String json) implements JsonSerializable {

    @Override
    public void serialize(JsonGenerator out, SerializerProvider serializers) throws IOException {
        out.writeRawValue(json);
    }

    @Override
    public void serializeWithType(JsonGenerator out, SerializerProvider serializers, TypeSerializer types)
            throws IOException {
        serialize(out, serializers);
    }

    @Override
    public String toString() {
        return json;
    }
}
