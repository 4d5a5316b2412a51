package iq.tsh.erp.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import iq.tsh.erp.app.TshErpApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A wrong DATABASE_URL stops start-up with one line saying what is wrong, not a wall of stack traces. */
@ExtendWith(OutputCaptureExtension.class)
class BadDatabaseUrlStartupTest {

    private static void start(String databaseUrl) {
        // Command-line arguments, as ops would pass them: they win over application.yml.
        new SpringApplicationBuilder(TshErpApplication.class)
                .run("--erp.database.url=" + databaseUrl, "--server.port=0");
    }

    @Test
    void namesAWrongScheme(CapturedOutput output) {
        assertThatThrownBy(() -> start("mysql://erp:pw@db/tsh")).isInstanceOf(Exception.class);

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("DATABASE_URL must start with postgresql://")
                .doesNotContain("\tat ")
                .doesNotContain("pw@");
    }

    @Test
    void namesAServerThatCannotBeReached(CapturedOutput output) {
        assertThatThrownBy(() -> start("postgresql://erp:hunter2@127.0.0.1:1/tsh")).isInstanceOf(Exception.class);

        assertThat(output.getOut() + output.getErr())
                .contains("Cannot connect to jdbc:postgresql://127.0.0.1:1/tsh as erp")
                .doesNotContain("hunter2")
                .doesNotContain("\tat ");
    }
}
