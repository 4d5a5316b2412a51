package iq.tsh.erp.bff.review;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Moderation and flag bodies are refused before any command, naming the field ({@code $} for the body itself). */
@WebMvcTest({ReviewModerationController.class, ReviewController.class})
class ReviewInputSliceTest {

    private static final String REVIEW = "/api/admin/reviews/7d444840-9dc0-11d1-b245-5ffdce74fad2/moderation";
    private static final String FLAG = "/api/mobile/reviews/7d444840-9dc0-11d1-b245-5ffdce74fad2/flag";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ReviewCommands commands;
    @MockitoBean
    QueryGateway queries;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{}|status",
            "{\"status\":\"maybe\"}|status",
            "{\"decision\":\"later\"}|decision",
            "{\"status\":5}|status",
            "{\"status\":\"approved\",\"reason\":7}|reason",
            "{\"status\":|$",
            "[\"approved\"]|$",
            "\"approved\"|$"})
    void refusesABadDecisionNamingTheField(String body, String field) throws Exception {
        mvc.perform(post(REVIEW).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Bad request"))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        verifyNoInteractions(commands);
    }

    @Test
    void refusesAnOverlongFlagReason() throws Exception {
        mvc.perform(post(FLAG).with(request -> {
                            request.setUserPrincipal(() -> "contact-1");
                            request.addUserRole("CUSTOMER");
                            return request;
                        })
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"" + "x".repeat(501) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        verifyNoInteractions(commands);
    }
}
