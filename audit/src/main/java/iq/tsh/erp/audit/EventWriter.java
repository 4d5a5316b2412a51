package iq.tsh.erp.audit;

import java.io.IOException;

/** Writes exported events one at a time in a file format, holding no more than its output buffer. */
interface EventWriter {

    void write(StoredEvent event) throws IOException;

    /** Pushes what is buffered to the client now (after the first event, so the download starts at once). */
    void flush() throws IOException;

    /** Ends a complete file. Never called after a failure: the client must see a broken download, not a short file. */
    void finish() throws IOException;
}
