package iq.tsh.erp.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;

/** One event per line, each line the same JSON object the event endpoints answer (without the delivery summary). */
final class NdjsonWriter implements EventWriter {

    // Flushing after every value would send one network chunk per event.
    private static final ObjectWriter EVENT = AuditJson.EXACT.writerFor(AuditEvent.class)
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private final JsonGenerator out;

    NdjsonWriter(OutputStream stream) throws IOException {
        this.out = AuditJson.EXACT.getFactory().createGenerator(stream);
        this.out.setRootValueSeparator(null);
    }

    @Override
    public void write(StoredEvent event) throws IOException {
        EVENT.writeValue(out, AuditEvent.of(event));
        out.writeRaw('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void finish() throws IOException {
        out.close();
    }
}
