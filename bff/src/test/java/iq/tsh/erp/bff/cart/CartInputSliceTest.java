package iq.tsh.erp.bff.cart;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import iq.tsh.erp.bff.common.ReadYourWrites;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The cart's bodies are refused before any command or query, as 400 problems naming the field at fault. */
@WebMvcTest(CartController.class)
class CartInputSliceTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CommandGateway commands;
    @MockitoBean
    QueryGateway queries;
    @MockitoBean
    CartViews views;
    @MockitoBean
    ReadYourWrites readYourWrites;

    private static RequestPostProcessor customer() {
        return request -> {
            request.setUserPrincipal(() -> "contact-1");
            request.addUserRole("CUSTOMER");
            return request;
        };
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"quantity\":1}|productId",
            "{\"productId\":\"  \",\"quantity\":1}|productId",
            "{\"productId\":\"" + "x" + "\"}|quantity",
            "{\"productId\":\"1\",\"quantity\":\"2\"}|quantity",
            "{\"productId\":\"1\",\"quantity\":1.5}|quantity",
            "{\"productId\":\"1\",\"quantity\":0}|quantity",
            "{\"productId\":\"1\",\"quantity\":1000}|quantity",
            "{\"productId\":1,\"quantity\":1}|productId",
            "{\"productId\":\"1\",\"quantity\":1,\"quantity\":2}|quantity",
            "{\"productId\":\"a\\u0000b\",\"quantity\":1}|productId",
            "[1]|body",
            "{\"productId\":|body"})
    void refusesABadItemNamingTheField(String body, String field) throws Exception {
        mvc.perform(post("/api/mobile/cart/items").with(customer())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        verifyNoInteractions(commands, queries, views);
    }

    @Test
    void refusesAMissingQuantityChange() throws Exception {
        mvc.perform(patch("/api/mobile/cart/items/1").with(customer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"quantity\":-1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.field").value("quantity"));
        verifyNoInteractions(commands);
    }

    @Test
    void refusesABodyThatIsNotJson() throws Exception {
        mvc.perform(post("/api/mobile/cart/items").with(customer())
                        .contentType(MediaType.TEXT_PLAIN).content("quantity=1"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("Content-Type"));
    }
}
