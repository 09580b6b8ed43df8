package dev.settle.demo;

import dev.settle.demo.TenantApiClient.Response;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The API part of the demo: exchanges the key for a token, creates financial instruments and orders from
 * {@code sample-data/api}, shows what was refused and why, fills a customer default, cancels an instruction,
 * and summarises. Each step is checked against its expected answer; {@link #run} returns how many were not met.
 */
public final class DemoScenario {

    /** What each invalid sample order must be refused with. */
    static final Map<String, List<String>> EXPECTED_REFUSALS = Map.of(
            "ORD-BAD-1", List.of("AMOUNT_IS_INVALID"),
            "ORD-BAD-2", List.of("CURRENCY_NOT_SUPPORTED", "SETTLED_BY_DATE_IS_INVALID"),
            "ORD-BAD-3", List.of("SCHEME_ID_NOT_SUPPORTED"),
            "ORD-BAD-4", List.of("SCHEME_ID_NOT_RECOGNISED"),
            "bad ref with spaces", List.of("ORDER_REF_IS_INVALID", "METADATA_KEY_SIZE_OUT_OF_RANGE"));

    /** How many instructions end in each status. */
    static final Map<String, Integer> EXPECTED_STATUSES = Map.of("READY", 4, "CANCELLED", 1);

    private final TenantApiClient api;
    private final SampleData samples;
    private final PrintWriter out;
    private final Map<String, String> instrumentIds = new LinkedHashMap<>();
    private int unmet;

    public DemoScenario(TenantApiClient api, SampleData samples, PrintWriter out) {
        this.api = api;
        this.samples = samples;
        this.out = out;
    }

    public int run() {
        step("Exchange the API key for a token (POST /v1/identity/hmac)");
        api.token();
        say(" ok token issued");
        createInstruments();
        createValidOrders();
        createInvalidOrders();
        completeWithCustomerDefault();
        cancelAndTryToReuse();
        summarise();
        out.flush();
        return unmet;
    }

    private void createInstruments() {
        step("Create financial instruments (sample-data/api/financial-instruments.json)");
        for (JsonNode instrument : samples.read("financial-instruments.json", Map.of())) {
            Response response = api.post("/v2/financial-instruments", instrument.toString());
            String customer = instrument.get("customerRef").asString();
            expect(response, 201, customer + " " + instrument.get("type").asString());
            if (response.status() == 201) {
                instrumentIds.put(customer, response.json().get("id").asString());
                say("   id " + response.json().get("id").asString() + ", iban " + response.json().path("iban").asString(""));
            }
        }
    }

    private void createValidOrders() {
        step("Create orders (sample-data/api/orders-valid.json)");
        for (JsonNode order : samples.read("orders-valid.json", instrumentIds)) {
            Response response = api.post("/v2/order-management", order.toString());
            expect(response, 202, order.get("orderRef").asString() + " with " + order.get("instructions").size()
                    + " instruction(s)");
        }
        printInstructions();
    }

    private void createInvalidOrders() {
        step("Send invalid orders (sample-data/api/orders-invalid.json): every error is reported at once");
        for (JsonNode order : samples.read("orders-invalid.json", instrumentIds)) {
            String ref = order.get("orderRef").asString();
            Response response = api.post("/v2/order-management", order.toString());
            expect(response, 400, ref);
            if (response.status() == 400) {
                response.json().get("errors").forEach(e -> say("   " + e.get("errorCode").asString() + ": "
                        + e.get("message").asString()));
                check(response.errorCodes().equals(EXPECTED_REFUSALS.get(ref)),
                        "expected " + EXPECTED_REFUSALS.get(ref) + " for " + ref + ", got " + response.errorCodes());
            }
        }
    }

    private void completeWithCustomerDefault() {
        step("Give customer C-004 a default on ORD-1003: its INCOMPLETE instruction becomes READY");
        String path = "/v2/order-management/ORD-1003/instruction/LATER-1";
        say("   LATER-1 is " + api.get(path).json().get("status").asString());
        Response put = api.put("/v2/order-management/ORD-1003/customer-defaults/C-004",
                Map.of("financialInstrumentId", instrumentIds.getOrDefault("C-004", ""), "schemeId", "SEPA-CT-EUR"));
        expect(put, 204, "PUT customer-defaults/C-004");
        String status = api.get(path).json().get("status").asString();
        say("   LATER-1 is now " + status);
        check("READY".equals(status), "LATER-1 should be READY, is " + status);
    }

    private void cancelAndTryToReuse() {
        step("Cancel ORD-1002/GBP-2, then try to reuse its ref");
        expect(api.post("/v2/order-management/ORD-1002/instruction/GBP-2/cancel", Map.of("reason", "customer request")),
                204, "cancel GBP-2");
        Response reuse = api.post("/v2/order-management/ORD-1002/instruction", Map.of("instructionRef", "GBP-2",
                "customerRef", "C-003", "direction", "CREDIT", "amount", "0.10", "currency", "GBP",
                "settledByDate", samples.render("${today+14}", Map.of())));
        expect(reuse, 409, "reuse GBP-2 -> " + String.join(",", reuse.status() == 409 ? reuse.errorCodes() : List.of()));
    }

    private void summarise() {
        step("Summary (GET /v2/instructions)");
        Map<String, Integer> byStatus = api.instructionsByStatus();
        byStatus.forEach((status, count) -> say(String.format("   %-10s %d", status, count)));
        check(byStatus.equals(new TreeMap<>(EXPECTED_STATUSES)), "expected " + EXPECTED_STATUSES + ", got " + byStatus);
    }

    private void printInstructions() {
        JsonNode items = api.get("/v2/instructions?size=500").json().get("items");
        say(String.format("   %-9s %-10s %-10s %9s %-4s %-12s %s", "ORDER", "INSTRUCTION", "STATUS", "AMOUNT", "CCY",
                "SCHEME", "METADATA"));
        for (JsonNode i : items) {
            say(String.format("   %-9s %-10s %-10s %9s %-4s %-12s %s", i.get("orderRef").asString(),
                    i.get("instructionRef").asString(), i.get("status").asString(), i.get("amount").asString(),
                    i.get("currency").asString(), i.get("scheme").path("schemeId").asString("-"), i.get("metadata")));
        }
    }

    private int stepNumber;

    private void step(String title) {
        out.println();
        out.println(++stepNumber + ". " + title);
    }

    private void say(String line) {
        out.println(line);
    }

    private void expect(Response response, int status, String what) {
        boolean met = response.status() == status;
        say((met ? " ok " : " !! ") + what + " -> " + response.status() + (met ? "" : " (expected " + status + "): "
                + response.body()));
        if (!met) {
            unmet++;
        }
    }

    private void check(boolean condition, String failure) {
        if (!condition) {
            say(" !! " + failure);
            unmet++;
        }
    }
}
