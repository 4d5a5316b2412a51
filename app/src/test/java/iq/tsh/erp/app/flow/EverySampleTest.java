package iq.tsh.erp.app.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every delivery of shared/zoho-samples, sent over HTTP with the headers of its manifest entry, in manifest order,
 * gets the answer the manifest expects: every kind Zoho sends is taken, every hostile one refused or ignored.
 */
class EverySampleTest extends ApplicationTest {

    private static final Map<String, String> KIND_OF_ENTITY = Map.of("item", "products", "contact", "customers",
            "invoice", "invoices", "bill", "bills", "creditnote", "credit-notes",
            "inventory_adjustment", "stock", "pricebook", "prices");

    @Test
    void answersEverySampleAsTheManifestExpects() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(Samples.text("_manifest.json"));
        List<String> wrong = new ArrayList<>();
        List<String> staleAccepts = new ArrayList<>();
        for (JsonNode entry : manifest.get("entries")) {
            String file = entry.get("file").asText();
            if (file.equals("hostile-huge-string-item.json") || entry.get("expect").asText().equals("reject_401")) {
                continue; // the huge body and the forged signature are tested on their own (HostileDeliveries, Signed)
            }
            String entity = entry.path("entity").asText();
            String kind = KIND_OF_ENTITY.getOrDefault(entity,
                    KIND_OF_ENTITY.get(entry.get("event").asText().replaceFirst("\\..*", "")));
            List<String> headers = new ArrayList<>();
            entry.get("headers").fields().forEachRemaining(h -> {
                if (!h.getKey().equals("Content-Type")) {
                    headers.add(h.getKey());
                    headers.add(h.getValue().asText());
                }
            });
            Answer answer = http().post("/api/zoho/webhooks/" + kind, entry.get("headers").get("Content-Type").asText(),
                    Samples.text(file).getBytes(StandardCharsets.UTF_8), headers.toArray(String[]::new));
            String expect = entry.get("expect").asText();
            if (answer.status() == 200 && answer.json().get("status").asText().equals("stale")
                    && (expect.equals("accept") || expect.startsWith("accept_and"))) {
                staleAccepts.add(file);
            }
            if (!fits(expect, answer)) {
                wrong.add(file + " expected " + expect + " but got " + answer.status() + " " + answer.body());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(staleAccepts).containsExactly("item-created-1.form-urlencoded.txt");
    }

    private static boolean fits(String expect, Answer answer) {
        String status = answer.status() == 200 ? answer.json().get("status").asText() : "";
        return switch (expect) {
            // In manifest order a sample may already be superseded (the form twin of item-created-1 comes after
            // item-updated-1): taken, but stale.
            case "accept" -> answer.status() == 200 && List.of("accepted", "unchanged", "stale").contains(status);
            // A NUL cannot be stored, and text is not repaired behind Zoho's back: refused at the field.
            case "accept_and_store_verbatim_or_reject_nul" -> answer.status() == 422
                    && answer.json().get("errors").findValuesAsText("field").contains("contact_name");
            case "accept_200_no_new_command" -> status.equals("duplicate");
            case "accept_200_ignored_as_stale" -> status.equals("stale");
            case "reject_400", "reject_400_or_dead_letter" -> answer.status() == 400;
            case "reject_422_dead_letter" -> answer.status() == 422;
            case "accept_with_coercion_or_reject_field_level" -> answer.status() == 200 || answer.status() == 422;
            default -> false;
        };
    }
}
