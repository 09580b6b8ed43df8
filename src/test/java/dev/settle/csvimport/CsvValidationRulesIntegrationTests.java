package dev.settle.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestTenants;
import dev.settle.tenancy.TenantAdministration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every rule of the API's validator, through a CSV row each: the row is rejected with exactly that code. */
@PostgresIntegrationTest
class CsvValidationRulesIntegrationTests {

    static final String FI = "0b4f6a0e-0001-4c5e-9a51-000000000001";
    static final String MANDATE = "0b4f6a0e-0002-4c5e-9a51-000000000002";

    @Autowired
    ImportService imports;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachRuleRejectsItsRowWithItsCode(@TempDir Path dir) throws Exception {
        UUID tenant = TestTenants.create(admin).tenantId();
        TestFixtures.sampleCsvReferences(jdbc, tenant);
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("ORDER_REF_IS_REQUIRED", row("", "R1", "C-001", "CREDIT", FI, "1.00", "EUR", "DE", "2031-03-17", "SEPA-CT-EUR", "m"));
        cases.put("ORDER_REF_IS_INVALID", row("O 1", "R2", "C-001", "CREDIT", FI, "1.00", "EUR", "DE", "2031-03-17", "SEPA-CT-EUR", "m"));
        cases.put("INSTRUCTION_REF_IS_REQUIRED", row("O1", "", "C-001", "CREDIT", FI, "1.00", "EUR", "DE", "2031-03-17", "SEPA-CT-EUR", "m"));
        cases.put("INSTRUCTION_REF_IS_INVALID", row("O1", "R/4", "C-001", "CREDIT", FI, "1.00", "EUR", "DE", "2031-03-17", "SEPA-CT-EUR", "m"));
        cases.put("CUSTOMER_REF_IS_REQUIRED", row("O1", "R5", "", "CREDIT", FI, "1.00", "EUR", "DE", "2031-03-17", "SEPA-CT-EUR", "m"));
        cases.put("CUSTOMER_REF_IS_INVALID", row("O1", "R6", "C 1", "CREDIT", FI, "1.00", "EUR", "DE", "2031-03-17", "SEPA-CT-EUR", "m"));
        cases.put("DIRECTION_IS_REQUIRED", row("O1", "R7", "C-001", "", FI, "1.00", "EUR", "DE", "2031-03-17", "SEPA-CT-EUR", "m"));
        cases.put("DIRECTION_IS_INVALID", row("O1", "R8", "C-001", "UP", FI, "1.00", "EUR", "DE", "2031-03-17", "SEPA-CT-EUR", "m"));
        cases.put("AMOUNT_IS_REQUIRED", row("O1", "R9", "C-001", "CREDIT", FI, "", "EUR", "DE", "2031-03-17", "SEPA-CT-EUR", "m"));
        cases.put("AMOUNT_IS_INVALID", row("O1", "R10", "C-001", "CREDIT", FI, "0", "EUR", "DE", "2031-03-17", "SEPA-CT-EUR", "m"));
        cases.put("CURRENCY_IS_REQUIRED", row("O1", "R11", "C-001", "CREDIT", FI, "1.00", "", "DE", "2031-03-17", "SEPA-CT-EUR", "m"));
        cases.put("CURRENCY_NOT_SUPPORTED", row("O1", "R12", "C-001", "CREDIT", FI, "1.00", "XYZ", "DE", "2031-03-17", "SEPA-CT-EUR", "m"));
        cases.put("COUNTRY_IS_INVALID", row("O1", "R13", "C-001", "CREDIT", FI, "1.00", "EUR", "ZZ", "2031-03-17", "SEPA-CT-EUR", "m"));
        cases.put("SETTLED_BY_DATE_IS_REQUIRED", row("O1", "R14", "C-001", "CREDIT", FI, "1.00", "EUR", "DE", "", "SEPA-CT-EUR", "m"));
        cases.put("SETTLED_BY_DATE_IS_INVALID", row("O1", "R15", "C-001", "CREDIT", FI, "1.00", "EUR", "DE", "17/03/2031", "SEPA-CT-EUR", "m"));
        cases.put("SCHEME_ID_NOT_RECOGNISED", row("O1", "R16", "C-001", "CREDIT", FI, "1.00", "EUR", "DE", "2031-03-17", "NOPE", "m"));
        cases.put("SCHEME_ID_NOT_SUPPORTED", row("O1", "R17", "C-001", "CREDIT", FI, "1.00", "GBP", "DE", "2031-03-17", "SEPA-CT-EUR", "m"));
        cases.put("FINANCIAL_INSTRUMENT_ID_IS_INVALID", row("O1", "R18", "C-001", "CREDIT", "x", "1.00", "EUR", "DE", "2031-03-17", "SEPA-CT-EUR", "m"));
        cases.put("FINANCIAL_INSTRUMENT_NOT_FOUND", row("O1", "R19", "C-001", "CREDIT", UUID.randomUUID().toString(), "1.00", "EUR", "DE", "2031-03-17", "SEPA-CT-EUR", "m"));
        cases.put("FINANCIAL_INSTRUMENT_NOT_SUPPORTED", row("O1", "R20", "C-002", "CREDIT", MANDATE, "1.00", "EUR", "DE", "2031-03-17", "SEPA-CT-EUR", "m"));
        cases.put("METADATA_VALUE_SIZE_OUT_OF_RANGE", row("O1", "R21", "C-001", "CREDIT", FI, "1.00", "EUR", "DE", "2031-03-17", "SEPA-CT-EUR", "v".repeat(257)));
        List<String> lines = new ArrayList<>();
        lines.add("orderRef,instructionRef,customerRef,direction,financialInstrumentId,amount,currency,country,"
                + "settledByDate,schemeId,metadata.note");
        lines.addAll(cases.values());
        IntStream.range(0, 30).forEach(i -> lines.add(row("O2", "GOOD-" + i, "C-001", "CREDIT", FI, "2.00", "EUR", "DE",
                "2031-03-17", "SEPA-CT-EUR", "ok")));
        Path file = Files.write(dir.resolve("rules.csv"), lines);

        ImportResult result = imports.importFile(ImportJobs.INSTRUCTIONS_JOB, file, tenant.toString());

        Map<Long, String> byLine = jdbc.sql("""
                SELECT o.line_number, o.error_codes FROM import_row_outcome o
                JOIN batch_job_execution e ON e.job_instance_id = o.job_instance_id WHERE e.job_execution_id = ?
                """).param(result.executionId()).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<String> codes = new ArrayList<>(cases.keySet());
        for (int i = 0; i < codes.size(); i++) {
            assertThat(byLine.get(i + 2L)).as("line %d", i + 2).isEqualTo(codes.get(i));
        }
        assertThat(result.counts()).isEqualTo(new ImportCounts(30, 0, codes.size()));
    }

    @Test
    void metadataKeyRulesApplyToMetadataAndOrderMetadataColumns(@TempDir Path dir) throws Exception {
        UUID tenant = TestTenants.create(admin).tenantId();
        TestFixtures.sampleCsvReferences(jdbc, tenant);
        StringBuilder header = new StringBuilder("orderRef,instructionRef,customerRef,direction,financialInstrumentId,"
                + "amount,currency,settledByDate,schemeId,orderMetadata." + "k".repeat(41));
        StringBuilder bad = new StringBuilder("O1,M1,C-001,CREDIT," + FI + ",1.00,EUR,2031-03-17,SEPA-CT-EUR,x");
        for (int i = 0; i < 51; i++) {
            header.append(",metadata.k").append(i);
            bad.append(",v");
        }
        List<String> lines = new ArrayList<>(List.of(header.toString(), bad.toString()));
        IntStream.range(0, 3).forEach(i -> lines.add("O2,G" + i + ",C-001,CREDIT," + FI + ",1.00,EUR,2031-03-17,SEPA-CT-EUR,"
                + ",".repeat(51)));
        Path file = Files.write(dir.resolve("metadata.csv"), lines);

        ImportResult result = imports.importFile(ImportJobs.INSTRUCTIONS_JOB, file, tenant.toString());

        assertThat(result.counts()).isEqualTo(new ImportCounts(3, 0, 1));
        assertThat(jdbc.sql("SELECT error_codes FROM import_row_outcome WHERE tenant_id = ?").param(tenant)
                .query(String.class).single()).contains("METADATA_KEY_SIZE_OUT_OF_RANGE")
                .contains("METADATA_KEY_COUNT_OUT_OF_RANGE");
    }

    private static String row(String... cells) {
        return String.join(",", cells);
    }
}
