package dev.settle.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.ApiClient;
import dev.settle.demo.TenantApiClient.Response;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestTenants;
import dev.settle.tenancy.TenantAdministration;
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
class OrderApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    UUID instrumentId;

    @BeforeEach
    void tenant() {
        api = new ApiClient(port, TestTenants.create(admin));
        TestFixtures.scheme(jdbc, api.key().tenantId(), "SANDBOX-EUR", "CREDIT,DEBIT", "EUR,JPY,BHD");
        instrumentId = TestFixtures.instrument(jdbc, api.key().tenantId(), "C01", true, true);
    }

    @Test
    void orderWithoutInstructionsIsCreatedWith201AndReadBack() {
        Response created = api.post("/v2/order-management", Map.of("orderRef", "REF1",
                "metadata", Map.of("someInternalRef", "abc")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/v2/order-management/REF1");
        Response order = api.get("/v2/order-management/REF1");
        assertThat(order.status()).isEqualTo(200);
        assertThat(order.json().get("orderRef").asString()).isEqualTo("REF1");
        assertThat(order.json().get("metadata").get("someInternalRef").asString()).isEqualTo("abc");
        assertThat(order.json().get("instructionRefs")).isEmpty();
        assertThat(order.json().get("created").asLong()).isPositive();
    }

    @Test
    void orderWithInstructionsIsAcceptedWith202() {
        Response created = api.post("/v2/order-management", Map.of("orderRef", "REF2",
                "instructions", List.of(instruction("I1", "10.00"), instruction("I2", "20.50"))));

        assertThat(created.status()).isEqualTo(202);
        JsonNode order = api.get("/v2/order-management/REF2").json();
        assertThat(order.get("instructionRefs").valueStream().map(JsonNode::asString)).containsExactly("I1", "I2");
        assertThat(api.get("/v2/order-management/REF2/instruction/I2").json().get("status").asString())
                .isEqualTo("READY");
    }

    @Test
    void oneBadInstructionRejectsTheWholeOrderWithEveryError() {
        Map<String, Object> bad = new java.util.HashMap<>(instruction("I2", "-1"));
        bad.put("currency", "XYZ");

        Response response = api.post("/v2/order-management", Map.of("orderRef", "REF3",
                "instructions", List.of(instruction("I1", "10.00"), bad, instruction("I1", "5.00"))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCodes()).containsExactlyInAnyOrder("INSTRUCTION_REF_IS_DUPLICATED",
                "CURRENCY_NOT_SUPPORTED", "AMOUNT_IS_INVALID");
        assertThat(api.get("/v2/order-management/REF3").status()).isEqualTo(404);
    }

    @Test
    void duplicateOrderRefIsAConflict() {
        api.post("/v2/order-management", Map.of("orderRef", "DUP"));

        Response again = api.post("/v2/order-management", Map.of("orderRef", "DUP"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCodes()).containsExactly("ORDER_ALREADY_EXISTS");
    }

    @Test
    void orderMetadataIsReplacedAndDeleted() {
        api.post("/v2/order-management", Map.of("orderRef", "META", "metadata", Map.of("a", "1", "b", "2")));

        assertThat(api.put("/v2/order-management/META/metadata", Map.of("c", "3")).status()).isEqualTo(204);
        assertThat(api.get("/v2/order-management/META").json().get("metadata").propertyNames()).containsExactly("c");

        assertThat(api.delete("/v2/order-management/META/metadata").status()).isEqualTo(204);
        assertThat(api.get("/v2/order-management/META").json().get("metadata").isEmpty()).isTrue();
    }

    @Test
    void unknownOrderAndAnotherTenantsOrderAreBoth404() {
        ApiClient other = new ApiClient(port, TestTenants.create(admin));
        other.post("/v2/order-management", Map.of("orderRef", "THEIRS"));

        Response missing = api.get("/v2/order-management/NOPE");
        Response theirs = api.get("/v2/order-management/THEIRS");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(theirs.status()).isEqualTo(404);
        assertThat(theirs.errorCodes()).containsExactly("ORDER_NOT_FOUND");
        assertThat(api.put("/v2/order-management/THEIRS/metadata", Map.of("x", "y")).status()).isEqualTo(404);
        assertThat(api.get("/v2/order-management/THEIRS/instruction/I1").status()).isEqualTo(404);
    }

    @Test
    void ordersAreListedInPages() {
        for (int i = 0; i < 5; i++) {
            api.post("/v2/order-management", Map.of("orderRef", "P" + i));
        }

        JsonNode page = api.get("/v2/order-management?page=1&size=2").json();

        assertThat(page.get("totalItems").asLong()).isEqualTo(5);
        assertThat(page.get("totalPages").asInt()).isEqualTo(3);
        assertThat(page.get("items").valueStream().map(o -> o.get("orderRef").asString())).containsExactly("P2", "P3");
        assertThat(api.get("/v2/order-management?size=0").errorCodes()).containsExactly("PAGE_IS_INVALID");
    }

    @Test
    void v1TutorialCallsCreateTheOrderThenTheInstruction() {
        Response order = api.post("/v1/order-management", """
                {"orderRef": "REF1", "instructions": [], "metadata": {"someInternalRef2": "another-internal-ref"},
                 "customerDefaults": {}}
                """);
        assertThat(order.status()).isEqualTo(201);

        Response instruction = api.post("/v1/order-management/REF1/instruction", """
                {"instructionRef": "I01", "customerRef": "C01", "direction": "CREDIT", "financialInstrumentId": "%s",
                 "amount": "210.00", "currency": "EUR", "country": "DE", "settledByDate": "%s",
                 "scheme": "SANDBOX-EUR", "metadata": {}}
                """.formatted(instrumentId, TestFixtures.future(10)));

        assertThat(instruction.status()).isEqualTo(201);
        assertThat(instruction.json().get("amount").decimalValue()).isEqualByComparingTo("210.00");
        assertThat(instruction.json().get("scheme").get("schemeId").asString()).isEqualTo("SANDBOX-EUR");
        assertThat(instruction.json().get("status").asString()).isEqualTo("READY");
    }

    private Map<String, Object> instruction(String ref, String amount) {
        return Map.of("instructionRef", ref, "customerRef", "C01", "direction", "CREDIT",
                "financialInstrumentId", instrumentId.toString(), "amount", amount, "currency", "EUR",
                "country", "DE", "settledByDate", TestFixtures.future(10), "schemeId", "SANDBOX-EUR");
    }
}
