package iq.tsh.erp.app.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets a filter have a connection closed without reading what the client still sends. Tomcat otherwise reads the
 * rest of an unread body after the answer (to keep the connection), at the client's pace: a slow sender refused
 * without its body being read would hold the thread anyway. Only for clients that are slow or send far too much;
 * a normal refusal is drained, so the client reads its whole answer.
 */
@Component
class UndrainedConnections implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final String CLOSE_UNDRAINED = UndrainedConnections.class.getName() + ".close";

    /** After this request's answer, close its connection without reading the rest of its body. */
    static void closeWithoutDraining(HttpServletRequest request) {
        request.setAttribute(CLOSE_UNDRAINED, Boolean.TRUE);
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new CloseUndrainedValve());
    }

    /** Applies the mark once the application has answered. */
    static final class CloseUndrainedValve extends ValveBase {

        CloseUndrainedValve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            getNext().invoke(request, response);
            if (request.getAttribute(CLOSE_UNDRAINED) != null) {
                request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            }
        }
    }
}
