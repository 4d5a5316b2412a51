package iq.tsh.erp.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class SubjectOnCommandsTest {

    private final SubjectOnCommands interceptor = new SubjectOnCommands();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private CommandMessage<?> dispatch() {
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage("change");
        return interceptor.handle(List.of(command)).apply(0, command);
    }

    @Test
    void stampsTheSignedInSubject() {
        TestingAuthenticationToken token = new TestingAuthenticationToken("5128640000000002001", null, "ROLE_CUSTOMER");
        token.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(token);

        assertThat(dispatch().getMetaData()).containsEntry("subject", "5128640000000002001");
    }

    @Test
    void leavesMachineCommandsAlone() {
        assertThat(dispatch().getMetaData()).doesNotContainKey("subject");
    }
}
