package iq.tsh.erp.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * RFC 4180 CSV for spreadsheets: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line
 * break (quotes doubled). Values are written as stored, never altered, since this is evidence.
 */
final class CsvWriter implements EventWriter {

    static final String HEADER =
            "globalIndex,aggregateId,sequence,type,timestamp,deliveryId,correlationId,subject,payload";

    private final Writer out;

    CsvWriter(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        out.write(HEADER);
        out.write("\r\n");
    }

    @Override
    public void write(StoredEvent stored) throws IOException {
        AuditEvent event = AuditEvent.of(stored);
        out.write(Long.toString(event.globalIndex()));
        field(event.aggregateId());
        out.write(',');
        out.write(Long.toString(event.sequence()));
        field(event.type());
        field(event.timestamp());
        field(event.meta("deliveryId"));
        field(event.meta("correlationId"));
        field(event.meta("subject"));
        field(event.payload() == null ? null : event.payload().json());
        out.write("\r\n");
    }

    private void field(String value) throws IOException {
        out.write(',');
        if (value == null) {
            return;
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
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
