package dev.settle.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.ApiClient;
import dev.settle.demo.TenantApiClient.Response;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestTenants;
import dev.settle.tenancy.TenantAdministration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PostgresIntegrationTest
class InstructionApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatusHistoryRepository history;

    ApiClient api;
    UUID instrumentId;

    @BeforeEach
    void tenantWithAnOrder() {
        api = new ApiClient(port, TestTenants.create(admin));
        TestFixtures.scheme(jdbc, api.key().tenantId(), "SANDBOX", "CREDIT,DEBIT", "EUR,JPY,BHD");
        instrumentId = TestFixtures.instrument(jdbc, api.key().tenantId(), "C01", true, true);
        assertThat(api.post("/v2/order-management", Map.of("orderRef", "O1")).status()).isEqualTo(201);
    }

    @Test
    void createdInstructionIsReadBackInTheReferenceShape() {
        Response created = api.post("/v2/order-management/O1/instruction", instruction("I1", "EUR", "12.34"));

        assertThat(created.status()).isEqualTo(204);
        JsonNode body = api.get("/v2/order-management/O1/instruction/I1").json();
        assertThat(body.get("status").asString()).isEqualTo("READY");
        assertThat(body.get("direction").asString()).isEqualTo("CREDIT");
        assertThat(body.get("customerRef").asString()).isEqualTo("C01");
        assertThat(body.get("financialInstrument").get("financialInstrumentId").asString()).isEqualTo(instrumentId.toString());
        assertThat(body.get("financialInstrument").get("source").asString()).isEqualTo("MANUALLY_SET");
        assertThat(body.get("financialInstrument").get("canUpdate").asBoolean()).isTrue();
        assertThat(body.get("scheme").get("schemeId").asString()).isEqualTo("SANDBOX");
        assertThat(body.get("metadata").get("key1").asString()).isEqualTo("payment/1");
        assertThat(body.get("transaction").isNull()).isTrue();
        assertThat(body.get("failed").get("failedTimestamp").asLong()).isZero();
        assertThat(body.get("cancelled").get("identity").isNull()).isTrue();
        assertThat(body.get("settledByDate").asString()).isEqualTo(TestFixtures.future(10));
    }

    @Test
    void amountsRoundTripExactly() {
        api.post("/v2/order-management/O1/instruction", instruction("A1", "EUR", "0.10"));
        api.post("/v2/order-management/O1/instruction", instruction("A2", "EUR", "1234567.89"));
        api.post("/v2/order-management/O1/instruction", instruction("A3", "JPY", "500"));
        api.post("/v2/order-management/O1/instruction", instruction("A4", "BHD", "1.005"));
        String body = toJson(instruction("A5", "EUR", "x")).replace("\"amount\":\"x\"", "\"amount\":0.10");
        assertThat(api.post("/v2/order-management/O1/instruction", body).status()).isEqualTo(204);

        assertThat(amountText("A1")).isEqualTo("0.10");
        assertThat(amountText("A2")).isEqualTo("1234567.89");
        assertThat(amountText("A3")).isEqualTo("500");
        assertThat(amountText("A4")).isEqualTo("1.005");
        assertThat(amountText("A5")).isEqualTo("0.10");
    }

    @Test
    void amountWithMoreDecimalsThanTheCurrencyIsRefused() {
        Response response = api.post("/v2/order-management/O1/instruction", instruction("B1", "EUR", "10.001"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCodes()).containsExactly("AMOUNT_IS_INVALID");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .contains("EUR allows at most 2 decimal places");
    }

    @Test
    void cancelledRefCannotBeReused() {
        api.post("/v2/order-management/O1/instruction", instruction("C1", "EUR", "5.00"));

        Response cancel = api.post("/v2/order-management/O1/instruction/C1/cancel", Map.of("reason", "customer left"));
        Response reuse = api.post("/v2/order-management/O1/instruction", instruction("C1", "EUR", "5.00"));

        assertThat(cancel.status()).isEqualTo(204);
        JsonNode cancelled = api.get("/v2/order-management/O1/instruction/C1").json();
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("cancelled").get("reason").asString()).isEqualTo("customer left");
        assertThat(cancelled.get("cancelled").get("identity").asString()).isEqualTo(api.key().publicKey());
        assertThat(reuse.status()).isEqualTo(409);
        assertThat(reuse.errorCodes()).containsExactly("INSTRUCTION_CANCELLED");
    }

    @Test
    void existingRefIsAConflict() {
        api.post("/v2/order-management/O1/instruction", instruction("E1", "EUR", "5.00"));

        Response again = api.post("/v2/order-management/O1/instruction", instruction("E1", "EUR", "5.00"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCodes()).containsExactly("INSTRUCTION_ALREADY_EXISTS");
    }

    @Test
    void instructionCannotBeUpdatedOrCancelledOnceProcessing() {
        api.post("/v2/order-management/O1/instruction", instruction("P1", "EUR", "5.00"));
        jdbc.sql("UPDATE instruction SET status = 'PROCESSING' WHERE tenant_id = ? AND instruction_ref = 'P1'")
                .param(api.key().tenantId()).update();

        Response update = api.put("/v2/order-management/O1/instruction/P1", Map.of("amount", "6.00"));
        Response cancel = api.post("/v2/order-management/O1/instruction/P1/cancel", Map.of());

        assertThat(update.status()).isEqualTo(409);
        assertThat(update.errorCodes()).containsExactly("INSTRUCTION_CANNOT_BE_UPDATED");
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.errorCodes()).containsExactly("INSTRUCTION_CANNOT_BE_CANCELLED");
        JsonNode body = api.get("/v2/order-management/O1/instruction/P1").json();
        assertThat(body.get("amount").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(body.get("financialInstrument").get("canUpdate").asBoolean()).isFalse();
    }

    @Test
    void updateChangesGivenFieldsAndKeepsTheRest() {
        api.post("/v2/order-management/O1/instruction", instruction("U1", "EUR", "5.00"));

        Response update = api.put("/v2/order-management/O1/instruction/U1",
                Map.of("amount", "7.25", "metadata", Map.of("k", "v")));

        assertThat(update.status()).isEqualTo(204);
        JsonNode body = api.get("/v2/order-management/O1/instruction/U1").json();
        assertThat(body.get("amount").decimalValue()).isEqualByComparingTo("7.25");
        assertThat(body.get("currency").asString()).isEqualTo("EUR");
        assertThat(body.get("metadata").propertyNames()).containsExactly("k");
    }

    @Test
    void customerDefaultsFillInstrumentAndSchemeAndMoveIncompleteToReady() {
        Map<String, Object> bare = new HashMap<>(instruction("D1", "EUR", "5.00"));
        bare.remove("financialInstrumentId");
        bare.remove("schemeId");
        bare.put("metadata", Map.of("own", "1", "shared", "instruction"));
        api.post("/v2/order-management/O1/instruction", bare);
        assertThat(api.get("/v2/order-management/O1/instruction/D1").json().get("status").asString())
                .isEqualTo("INCOMPLETE");

        Response put = api.put("/v2/order-management/O1/customer-defaults/C01", Map.of(
                "financialInstrumentId", instrumentId.toString(), "schemeId", "SANDBOX",
                "metadata", Map.of("shared", "default", "fromDefault", "yes")));

        assertThat(put.status()).isEqualTo(204);
        JsonNode body = api.get("/v2/order-management/O1/instruction/D1").json();
        assertThat(body.get("status").asString()).isEqualTo("READY");
        assertThat(body.get("financialInstrument").get("source").asString()).isEqualTo("CUSTOMER_DEFAULT");
        assertThat(body.get("scheme").get("source").asString()).isEqualTo("CUSTOMER_DEFAULT");
        assertThat(body.get("metadata").get("shared").asString()).isEqualTo("instruction");
        assertThat(body.get("metadata").get("fromDefault").asString()).isEqualTo("yes");
        long id = jdbc.sql("SELECT id FROM instruction WHERE tenant_id = ? AND instruction_ref = 'D1'")
                .param(api.key().tenantId()).query(Long.class).single();
        assertThat(history.find(id)).extracting(StatusHistoryRepository.StatusHistoryEntry::to,
                StatusHistoryRepository.StatusHistoryEntry::cause)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(InstructionStatus.INCOMPLETE, StatusCause.API),
                        org.assertj.core.groups.Tuple.tuple(InstructionStatus.READY, StatusCause.CUSTOMER_DEFAULT));
    }

    @Test
    void defaultsGivenWithTheOrderApplyToItsInstructions() {
        Map<String, Object> bare = new HashMap<>(instruction("D2", "EUR", "5.00"));
        bare.remove("financialInstrumentId");
        bare.remove("schemeId");

        Response created = api.post("/v2/order-management", Map.of("orderRef", "O2", "instructions", List.of(bare),
                "customerDefaults", Map.of("C01", Map.of("financialInstrumentId", instrumentId.toString(),
                        "schemeId", "SANDBOX"))));

        assertThat(created.status()).isEqualTo(202);
        assertThat(api.get("/v2/order-management/O2/instruction/D2").json().get("status").asString()).isEqualTo("READY");
    }

    @Test
    void instructionsAreListedByStatusAcrossOrders() {
        api.post("/v2/order-management/O1/instruction", instruction("L1", "EUR", "1.00"));
        api.post("/v2/order-management/O1/instruction", instruction("L2", "EUR", "2.00"));
        api.post("/v2/order-management/O1/instruction/L2/cancel", Map.of());

        JsonNode ready = api.get("/v2/instructions?status=READY").json();
        JsonNode cancelled = api.get("/v2/instructions?status=CANCELLED&schemeId=SANDBOX").json();

        assertThat(ready.get("items").valueStream().map(i -> i.get("instructionRef").asString())).containsExactly("L1");
        assertThat(cancelled.get("totalItems").asLong()).isEqualTo(1);
        assertThat(api.get("/v2/instructions?status=NOPE").errorCodes()).containsExactly("PARAMETER_IS_INVALID");
    }

    private String amountText(String ref) {
        String body = api.get("/v2/order-management/O1/instruction/" + ref).body();
        int start = body.indexOf("\"amount\":") + "\"amount\":".length();
        return body.substring(start, body.indexOf(',', start));
    }

    private static String toJson(Object value) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(value);
    }

    private Map<String, Object> instruction(String ref, String currency, String amount) {
        return Map.of("instructionRef", ref, "customerRef", "C01", "direction", "CREDIT",
                "financialInstrumentId", instrumentId.toString(), "amount", amount, "currency", currency,
                "country", "DE", "settledByDate", TestFixtures.future(10), "schemeId", "SANDBOX",
                "metadata", Map.of("key1", "payment/1"));
    }
}
