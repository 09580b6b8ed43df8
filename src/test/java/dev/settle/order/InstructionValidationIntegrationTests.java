package dev.settle.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.ApiClient;
import dev.settle.demo.TenantApiClient.Response;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestTenants;
import dev.settle.tenancy.TenantAdministration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One case per validation rule of the API: the request is refused with 400 and exactly that error code. */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstructionValidationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    UUID creditOnly;
    UUID inactive;

    @BeforeAll
    void tenant() {
        api = new ApiClient(port, TestTenants.create(admin));
        UUID tenant = api.key().tenantId();
        TestFixtures.scheme(jdbc, tenant, "SEPA", "CREDIT", "EUR");
        creditOnly = TestFixtures.instrument(jdbc, tenant, "C01", true, false);
        inactive = TestFixtures.instrument(jdbc, tenant, "C01", true, true);
        jdbc.sql("UPDATE financial_instrument SET status = 'INACTIVE' WHERE id = ?").param(inactive).update();
        api.post("/v2/order-management", Map.of("orderRef", "V1"));
    }

    static Stream<Arguments> rules() {
        String tooLong = "x".repeat(51);
        Map<String, String> tooManyKeys = new HashMap<>();
        IntStream.range(0, 51).forEach(i -> tooManyKeys.put("k" + i, "v"));
        return Stream.of(
                Arguments.of("instructionRef", null, "INSTRUCTION_REF_IS_REQUIRED"),
                Arguments.of("instructionRef", "has space", "INSTRUCTION_REF_IS_INVALID"),
                Arguments.of("instructionRef", tooLong, "INSTRUCTION_REF_IS_INVALID"),
                Arguments.of("customerRef", null, "CUSTOMER_REF_IS_REQUIRED"),
                Arguments.of("customerRef", "c/1", "CUSTOMER_REF_IS_INVALID"),
                Arguments.of("direction", null, "DIRECTION_IS_REQUIRED"),
                Arguments.of("direction", "SIDEWAYS", "DIRECTION_IS_INVALID"),
                Arguments.of("amount", null, "AMOUNT_IS_REQUIRED"),
                Arguments.of("amount", "0", "AMOUNT_IS_INVALID"),
                Arguments.of("amount", "-5.00", "AMOUNT_IS_INVALID"),
                Arguments.of("amount", "1e3", "AMOUNT_IS_INVALID"),
                Arguments.of("amount", "10.001", "AMOUNT_IS_INVALID"),
                Arguments.of("currency", null, "CURRENCY_IS_REQUIRED"),
                Arguments.of("currency", "EURO", "CURRENCY_NOT_SUPPORTED"),
                Arguments.of("currency", "eur", "CURRENCY_NOT_SUPPORTED"),
                Arguments.of("country", "XX", "COUNTRY_IS_INVALID"),
                Arguments.of("settledByDate", null, "SETTLED_BY_DATE_IS_REQUIRED"),
                Arguments.of("settledByDate", "2030-02-30", "SETTLED_BY_DATE_IS_INVALID"),
                Arguments.of("settledByDate", "15/12/2030", "SETTLED_BY_DATE_IS_INVALID"),
                Arguments.of("settledByDate", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(),
                        "SETTLED_BY_DATE_IS_INVALID"),
                Arguments.of("schemeId", "NO-SUCH-SCHEME", "SCHEME_ID_NOT_RECOGNISED"),
                Arguments.of("direction", "DEBIT", "SCHEME_ID_NOT_SUPPORTED"),
                Arguments.of("financialInstrumentId", "not-a-uuid", "FINANCIAL_INSTRUMENT_ID_IS_INVALID"),
                Arguments.of("financialInstrumentId", UUID.randomUUID().toString(), "FINANCIAL_INSTRUMENT_NOT_FOUND"),
                Arguments.of("metadata", tooManyKeys, "METADATA_KEY_COUNT_OUT_OF_RANGE"),
                Arguments.of("metadata", Map.of("k".repeat(41), "v"), "METADATA_KEY_SIZE_OUT_OF_RANGE"),
                Arguments.of("metadata", Map.of("k", "v".repeat(257)), "METADATA_VALUE_SIZE_OUT_OF_RANGE"));
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @MethodSource("rules")
    void ruleIsEnforced(String field, Object value, String expectedCode) {
        Map<String, Object> body = valid();
        body.put(field, value);
        if (expectedCode.equals("SCHEME_ID_NOT_SUPPORTED")) {
            body.remove("financialInstrumentId");
        }

        Response response = api.post("/v2/order-management/V1/instruction", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCodes()).containsExactly(expectedCode);
    }

    @Test
    void instrumentThatCannotPayInThatDirectionOrIsInactiveIsRefused() {
        Map<String, Object> debit = valid();
        debit.put("direction", "DEBIT");
        debit.put("schemeId", null);
        Map<String, Object> inactiveInstrument = valid();
        inactiveInstrument.put("financialInstrumentId", inactive.toString());

        assertThat(api.post("/v2/order-management/V1/instruction", debit).errorCodes())
                .containsExactly("FINANCIAL_INSTRUMENT_NOT_SUPPORTED");
        assertThat(api.post("/v2/order-management/V1/instruction", inactiveInstrument).errorCodes())
                .containsExactly("FINANCIAL_INSTRUMENT_NOT_SUPPORTED");
    }

    @Test
    void everyErrorOfARequestIsReportedTogether() {
        Map<String, Object> body = valid();
        body.put("amount", "abc");
        body.put("currency", "ZZZ");
        body.put("settledByDate", "tomorrow");
        body.put("customerRef", null);

        Response response = api.post("/v2/order-management/V1/instruction", body);

        assertThat(response.errorCodes()).containsExactlyInAnyOrder("AMOUNT_IS_INVALID", "CURRENCY_NOT_SUPPORTED",
                "SETTLED_BY_DATE_IS_INVALID", "CUSTOMER_REF_IS_REQUIRED");
        assertThat(response.json().get("errors").get(0).get("messageTemplate").asString()).isNotBlank();
    }

    @Test
    void orderLevelRulesAreEnforced() {
        assertThat(api.post("/v2/order-management", Map.of("metadata", Map.of())).errorCodes())
                .containsExactly("ORDER_REF_IS_REQUIRED");
        assertThat(api.post("/v2/order-management", Map.of("orderRef", "bad ref!")).errorCodes())
                .containsExactly("ORDER_REF_IS_INVALID");
        assertThat(api.put("/v2/order-management/V1/metadata", Map.of("k", "v".repeat(257))).errorCodes())
                .containsExactly("METADATA_VALUE_SIZE_OUT_OF_RANGE");
    }

    private Map<String, Object> valid() {
        Map<String, Object> body = new HashMap<>();
        body.put("instructionRef", "I-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("customerRef", "C01");
        body.put("direction", "CREDIT");
        body.put("financialInstrumentId", creditOnly.toString());
        body.put("amount", "10.00");
        body.put("currency", "EUR");
        body.put("country", "DE");
        body.put("settledByDate", TestFixtures.future(5));
        body.put("schemeId", "SEPA");
        return body;
    }
}
