package iq.tsh.erp.ops.admin;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import iq.tsh.erp.ops.deadletter.ProcessingLog;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Ops' levers refuse a wrong pull as a 400 problem naming the parameter, before any letter is touched. */
@WebMvcTest(QueueAdminController.class)
class QueueAdminSliceTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    DeadLetters deadLetters;
    @MockitoBean
    EventProcessingConfiguration processing;
    @MockitoBean
    ProcessingLog log;

    @Test
    void clearingNeedsConfirmation() throws Exception {
        mvc.perform(post("/api/zoho/admin/queue/clear"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Bad request"))
                .andExpect(jsonPath("$.field").value("confirm"));
        verifyNoInteractions(deadLetters);
    }

    @Test
    void aSequenceLongerThanAnyAggregateIdIsRefused() throws Exception {
        mvc.perform(post("/api/zoho/admin/queue/retry").param("sequence", "x".repeat(256)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("sequence"));
        verifyNoInteractions(deadLetters);
    }

    @Test
    void aNulInAParameterIsRefusedNamingIt() throws Exception {
        mvc.perform(post(java.net.URI.create("/api/zoho/admin/queue/retry?group=a%00b")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("group"));
        verifyNoInteractions(deadLetters);
    }
}
