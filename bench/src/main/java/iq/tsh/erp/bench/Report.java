package iq.tsh.erp.bench;

import java.util.Locale;

/** Where benchmark results go: the JDK's platform logger, so numbers appear with a time and a source like any log. */
final class Report {

    private static final System.Logger LOG = System.getLogger("iq.tsh.erp.bench");

    private Report() {
    }

    static void line(String format, Object... values) {
        LOG.log(System.Logger.Level.INFO, String.format(Locale.ROOT, format, values));
    }
}
