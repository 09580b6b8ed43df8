package dev.settle.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.ApiClient;
import dev.settle.demo.TenantApiClient.Response;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestTenants;
import dev.settle.system.security.Caller;
import dev.settle.tenancy.TenantAdministration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
class FinancialInstrumentApiIntegrationTests {

    static final String PATH = "/v2/financial-instruments";

    @LocalServerPort
    int port;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    ApiClient client;

    @BeforeEach
    void tenant() {
        client = new ApiClient(port, TestTenants.create(admin));
    }

    static Map<String, Object> bankAccount(String customerRef) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerRef", customerRef);
        body.put("type", "BANK_ACCOUNT");
        body.put("holderName", "Ada Lovelace");
        body.put("iban", "de89 3704 0044 0532 0130 00");
        body.put("bic", "COBADEFFXXX");
        return body;
    }

    @Test
    void createsABankAccountAndShowsItMasked() {
        long before = Instant.now().toEpochMilli();

        Response created = client.post(PATH, bankAccount("cust-1"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode json = created.json();
        String id = json.get("id").asString();
        assertThat(created.header("Location")).isEqualTo(PATH + "/" + id);
        assertThat(json.get("iban").asString()).isEqualTo("****3000");
        assertThat(created.body()).doesNotContain("0532013000");
        assertThat(json.get("type").asString()).isEqualTo("BANK_ACCOUNT");
        assertThat(json.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(json.get("canCredit").asBoolean()).isTrue();
        assertThat(json.get("canDebit").asBoolean()).isFalse();
        assertThat(json.get("created").asLong()).isBetween(before, Instant.now().toEpochMilli())
                .isEqualTo(json.get("lastUpdated").asLong());
        Map<String, Object> row = jdbc.sql("SELECT tenant_id, iban, bic, status FROM financial_instrument WHERE id = ?::uuid")
                .param(id).query().singleRow();
        assertThat(row).containsEntry("tenant_id", client.key().tenantId()).containsEntry("iban", "DE89370400440532013000")
                .containsEntry("bic", "COBADEFFXXX").containsEntry("status", "ACTIVE");

        Response fetched = client.get(created.header("Location"));

        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json()).isEqualTo(json);
    }

    @Test
    void createsAMandateAtFirstCollectionAndAMaskedPspToken() {
        LocalDate signedOn = LocalDate.now().minusDays(3);
        Map<String, Object> mandate = bankAccount("cust-1");
        mandate.put("type", "SEPA_MANDATE");
        mandate.put("mandateId", "MNDT-0001");
        mandate.put("mandateSignedOn", signedOn.toString());
        Map<String, Object> token = Map.of("customerRef", "cust-1", "type", "PSP_TOKEN", "pspToken", "pm_1Nq2f8ZZabcd",
                "canCredit", false);

        JsonNode createdMandate = client.post(PATH, mandate).json();
        Response createdToken = client.post(PATH, token);

        assertThat(createdMandate.get("sequenceType").asString()).isEqualTo("FRST");
        assertThat(createdMandate.get("mandateSignedOn").asString()).isEqualTo(signedOn.toString());
        assertThat(createdMandate.get("canDebit").asBoolean()).isTrue();
        assertThat(createdMandate.get("canCredit").asBoolean()).isFalse();
        assertThat(createdToken.status()).isEqualTo(201);
        assertThat(createdToken.json().get("pspToken").asString()).isEqualTo("****abcd");
        assertThat(createdToken.body()).doesNotContain("pm_1Nq2f8ZZ");
        Map<String, Object> row = jdbc.sql("SELECT psp_token, can_credit, can_debit FROM financial_instrument WHERE id = ?::uuid")
                .param(createdToken.json().get("id").asString()).query().singleRow();
        assertThat(row).containsEntry("psp_token", "pm_1Nq2f8ZZabcd").containsEntry("can_credit", false)
                .containsEntry("can_debit", true);
    }

    @Test
    void reportsEveryErrorTogetherWithoutQuotingTheIban() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerRef", "bad ref!");
        body.put("type", "SEPA_MANDATE");
        body.put("iban", "DE89370400440532013001");
        body.put("bic", "COBADE");
        body.put("mandateSignedOn", LocalDate.now().plusDays(3).toString());

        Response response = client.post(PATH, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCodes()).containsExactly("CUSTOMER_REF_IS_INVALID", "FINANCIAL_INSTRUMENT_IS_INVALID",
                "FINANCIAL_INSTRUMENT_IS_INVALID", "FINANCIAL_INSTRUMENT_IS_INVALID", "FINANCIAL_INSTRUMENT_IS_INVALID",
                "FINANCIAL_INSTRUMENT_IS_INVALID");
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("metadata").path("field").asString("")));
        assertThat(fields).containsExactly("", "holderName", "iban", "bic", "mandateId", "mandateSignedOn");
        assertThat(response.body()).doesNotContain("0532013001");
        assertThat(storedCount()).isZero();
    }

    @Test
    void anotherTenantsInstrumentIsNotFound() {
        String id = client.post(PATH, bankAccount("cust-1")).json().get("id").asString();
        ApiClient other = new ApiClient(port, TestTenants.create(admin));

        Response response = other.get(PATH + "/" + id);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCodes()).containsExactly("FINANCIAL_INSTRUMENT_NOT_FOUND");
        assertThat(response.body()).contains(id);
        assertThat(other.get(PATH).json().get("totalItems").asLong()).isZero();
        assertThat(client.get(PATH + "/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(client.get(PATH + "/not-a-uuid").errorCodes()).containsExactly("FINANCIAL_INSTRUMENT_ID_IS_INVALID");
    }

    @Test
    void listsPagesOfOneCustomerMasked() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(client.post(PATH, bankAccount("cust-a")).json().get("id").asString());
        }
        client.post(PATH, bankAccount("cust-b"));

        JsonNode first = client.get(PATH + "?customerRef=cust-a&page=0&size=2").json();
        JsonNode second = client.get(PATH + "?customerRef=cust-a&page=1&size=2").json();

        assertThat(first.get("totalItems").asLong()).isEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(first.get("items")).hasSize(2);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("items")).hasSize(1);
        List<String> listed = new ArrayList<>();
        first.get("items").forEach(item -> listed.add(item.get("id").asString()));
        second.get("items").forEach(item -> listed.add(item.get("id").asString()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(ids);
        first.get("items").forEach(item -> assertThat(item.get("iban").asString()).isEqualTo("****3000"));
        assertThat(client.get(PATH).json().get("totalItems").asLong()).isEqualTo(4);
        assertThat(client.get(PATH + "?size=0").errorCodes()).containsExactly("PAGE_IS_INVALID");
        assertThat(client.get(PATH + "?customerRef=bad%20ref").errorCodes()).containsExactly("CUSTOMER_REF_IS_INVALID");
    }

    @Test
    void creatingNeedsAWriteRole() {
        ApiClient reader = new ApiClient(port, TestTenants.anotherKey(admin, client.key(), Caller.ROLE_READ));

        Response response = reader.post(PATH, bankAccount("cust-1"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(storedCount()).isZero();
    }

    private long storedCount() {
        return jdbc.sql("SELECT COUNT(*) FROM financial_instrument WHERE tenant_id = ?")
                .param(client.key().tenantId()).query(Long.class).single();
    }
}
