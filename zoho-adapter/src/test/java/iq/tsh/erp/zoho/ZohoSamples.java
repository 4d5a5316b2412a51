package iq.tsh.erp.zoho;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import iq.tsh.erp.zoho.parse.FieldError;
import iq.tsh.erp.zoho.parse.UnusableRecordException;
import iq.tsh.erp.zoho.parse.ZohoRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The Zoho sample deliveries copied from /work/shared/zoho-samples, and small helpers to read them. */
public final class ZohoSamples {

    public static final String TEST_SECRET = "IraqRetailTest2025Secret";

    /** Parses like the webhook intake does: decimals stay exact. */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ZohoSamples() {
    }

    public static byte[] bytes(String file) {
        try (InputStream in = ZohoSamples.class.getResourceAsStream("/zoho-samples/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + file + " in src/test/resources/zoho-samples");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String file) {
        try {
            return JSON.readTree(bytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The record of a sample file: the object under its one wrapper key ({@code item}, {@code inventory_adjustment}). */
    public static JsonNode recordOf(String file) {
        return json(file).elements().next();
    }

    /** The paths of every field the record found unusable so far, in the order they were found. */
    public static List<String> errorFields(ZohoRecord record) {
        return errorsOf(record).stream().map(FieldError::field).toList();
    }

    public static List<FieldError> errorsOf(ZohoRecord record) {
        try {
            record.errors().throwIfAny();
            return List.of();
        } catch (UnusableRecordException e) {
            return e.errors();
        }
    }
}
