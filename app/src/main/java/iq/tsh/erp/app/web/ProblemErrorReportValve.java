package iq.tsh.erp.app.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's own error pages, for requests refused before Spring sees them (a request line with raw non-ASCII bytes,
 * say an unencoded Arabic search), as problem details instead of an HTML page: every error of the API is
 * {@code application/problem+json}, whoever answers it. Nothing of the failure is echoed back.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + (status < 500 ? "Bad request" : "Server error")
                        + "\",\"status\":" + status + ",\"detail\":\"" + (status < 500
                        ? "the request could not be read; percent-encode non-ASCII characters in the path and query"
                        : "the server could not answer") + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was committed meanwhile: nothing more to say.
        }
    }
}
