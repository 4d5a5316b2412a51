package iq.tsh.erp.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The export file formats: NDJSON for programs, CSV for spreadsheets. */
enum ExportFormat {

    NDJSON("application/x-ndjson", "ndjson"),
    CSV("text/csv; charset=utf-8", "csv");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    static ExportFormat parse(String text) {
        if (text == null || text.isBlank()) {
            return NDJSON;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "ndjson", "jsonl" -> NDJSON;
            case "csv" -> CSV;
            default -> throw AuditProblem.badParameter("format is ndjson or csv, not " + text.strip());
        };
    }

    String contentType() {
        return contentType;
    }

    String fileName(String base) {
        return base + "." + extension;
    }

    EventWriter open(OutputStream out) throws IOException {
        return this == CSV ? new CsvWriter(out) : new NdjsonWriter(out);
    }
}
