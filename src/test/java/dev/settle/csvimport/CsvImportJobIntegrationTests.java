package dev.settle.csvimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestTenants;
import dev.settle.tenancy.IssuedApiKey;
import dev.settle.tenancy.TenantAdministration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** csvImportJob with the files of sample-data/csv and hand-made ones, on the real store. */
@PostgresIntegrationTest
class CsvImportJobIntegrationTests {

    static final Path SAMPLES = Path.of("sample-data", "csv");

    @Autowired
    ImportService imports;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    UUID tenant;

    @BeforeEach
    void tenantWithSchemesAndInstruments() {
        IssuedApiKey key = TestTenants.create(admin);
        tenant = key.tenantId();
        TestFixtures.sampleCsvReferences(jdbc, tenant);
    }

    @Test
    void validMultiCurrencyFileIsStoredWithOrdersMetadataAndHistory() throws Exception {
        ImportResult result = importFile(SAMPLES.resolve("instructions-valid-multi-currency.csv"));

        assertThat(result.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(result.counts()).isEqualTo(new ImportCounts(10, 0, 0));
        assertThat(instruction("ORD-2001", "PAY-3")).containsEntry("amount_text", "0.100")
                .containsEntry("status", "READY");
        assertThat((String) instruction("ORD-2001", "PAY-3").get("own_metadata")).contains("\"note\":\"cashback, rounded\"");
        assertThat((String) instruction("ORD-2002", "COL-2").get("own_metadata")).containsPattern("two lines(\\\\r)?\\\\nof note");
        assertThat((String) instruction("ORD-2003", "GBP-2").get("own_metadata")).contains("he said \\\"thanks\\\"");
        assertThat(instruction("ORD-2004", "LATER-1")).containsEntry("status", "INCOMPLETE");
        assertThat(jdbc.sql("SELECT metadata FROM orders WHERE tenant_id = ? AND order_ref = 'ORD-2002'").param(tenant)
                .query(String.class).single()).isEqualTo("{\"batch\":\"march-collections\"}");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM instruction_status_history h JOIN instruction i ON i.id = h.instruction_id
                WHERE i.tenant_id = ? AND h.cause = 'IMPORT' AND h.from_status IS NULL
                """).param(tenant).query(Long.class).single()).isEqualTo(10);
        assertThat(Files.readAllLines(result.errorReport())).containsExactly(
                "line,orderRef,instructionRef,customerRef,errorCodes,messages,row");
    }

    @Test
    void everyKindOfBadRowIsRejectedWithTheApiErrorCodeAndReported() throws Exception {
        ImportResult result = importFile(SAMPLES.resolve("instructions-invalid-every-kind.csv"));

        assertThat(result.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(result.counts()).isEqualTo(new ImportCounts(30, 0, 18));
        Map<Long, String> codes = rejectedCodesByLine(result);
        assertThat(codes).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(3L, "AMOUNT_IS_REQUIRED"), Map.entry(4L, "AMOUNT_IS_INVALID"),
                Map.entry(5L, "CURRENCY_NOT_SUPPORTED"), Map.entry(6L, "DIRECTION_IS_INVALID"),
                Map.entry(7L, "SETTLED_BY_DATE_IS_INVALID"), Map.entry(8L, "SETTLED_BY_DATE_IS_INVALID"),
                Map.entry(9L, "SCHEME_ID_NOT_RECOGNISED"), Map.entry(10L, "SCHEME_ID_NOT_SUPPORTED"),
                Map.entry(11L, "FINANCIAL_INSTRUMENT_ID_IS_INVALID"), Map.entry(12L, "FINANCIAL_INSTRUMENT_NOT_FOUND"),
                Map.entry(13L, "FINANCIAL_INSTRUMENT_NOT_SUPPORTED"), Map.entry(14L, "ORDER_REF_IS_INVALID"),
                Map.entry(15L, "INSTRUCTION_REF_IS_REQUIRED"), Map.entry(16L, "CUSTOMER_REF_IS_INVALID"),
                Map.entry(17L, "COUNTRY_IS_INVALID"), Map.entry(18L, "METADATA_VALUE_SIZE_OUT_OF_RANGE"),
                Map.entry(19L, "INSTRUCTION_REF_IS_DUPLICATED"), Map.entry(20L, "CSV_ROW_IS_MALFORMED")));
        assertThat(instruction("ORD-3001", "OK-01")).containsEntry("amount_text", "11.000");
        List<String> report = Files.readAllLines(result.errorReport());
        assertThat(report).hasSize(19);
        assertThat(report.get(1)).startsWith("3,ORD-3001,BAD-01,C-001,AMOUNT_IS_REQUIRED,amount is required,");
    }

    @Test
    void mostlyBadFileFailsAndKeepsWhatWasStored() throws Exception {
        ImportResult result = importFile(SAMPLES.resolve("instructions-invalid-mostly-bad.csv"));

        assertThat(result.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(result.counts()).isEqualTo(new ImportCounts(2, 0, 8));
        assertThat(result.exitDescription()).contains("8 of 10 rows rejected").contains("max-rejected-percent");
        assertThat(Files.readAllLines(result.errorReport())).hasSize(9);
        assertThat(instruction("ORD-4001", "OK-2")).containsEntry("status", "READY");
    }

    @Test
    void sameFileAgainIsRefusedWhateverItsName(@TempDir Path dir) throws Exception {
        Path file = SAMPLES.resolve("instructions-valid-multi-currency.csv");
        importFile(file);
        Path renamed = Files.copy(file, dir.resolve("renamed.csv"));

        assertThatThrownBy(() -> importFile(renamed)).isInstanceOfSatisfying(ImportRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(ImportRefusedException.Reason.ALREADY_IMPORTED))
                .hasMessageContaining("already imported").hasMessageContaining("10 stored");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM instruction WHERE tenant_id = ?").param(tenant).query(Long.class)
                .single()).isEqualTo(10);
    }

    @Test
    void resentRowsAreUnchangedConflictingOrCancelled() throws Exception {
        importFile(SAMPLES.resolve("instructions-valid-multi-currency.csv"));
        jdbc.sql("UPDATE instruction SET status = 'CANCELLED' WHERE tenant_id = ? AND instruction_ref = 'PAY-3'")
                .param(tenant).update();

        ImportResult result = importFile(SAMPLES.resolve("instructions-resend-after-cancel.csv"));

        assertThat(result.counts()).isEqualTo(new ImportCounts(1, 1, 2));
        assertThat(rejectedCodesByLine(result)).containsExactlyInAnyOrderEntriesOf(Map.of(
                3L, "INSTRUCTION_ALREADY_EXISTS", 4L, "INSTRUCTION_CANCELLED"));
        assertThat(instruction("ORD-2001", "PAY-2")).containsEntry("amount_text", "1200.500");
        assertThat(instruction("ORD-2001", "PAY-4")).containsEntry("status", "READY");
    }

    @Test
    void unknownAndMissingColumnsRefuseTheWholeFileBeforeAnyRow(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad-header.csv"), """
                orderRef,instructionRef,customerRef,direction,amout,settledByDate
                ORD-9,I-1,C-001,CREDIT,10.00,2031-03-17
                """);

        ImportResult result = importFile(file);

        assertThat(result.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(result.exitDescription()).contains("amout").contains("amount").contains("currency");
        assertThat(result.counts()).isEqualTo(new ImportCounts(0, 0, 0));
        assertThat(result.notProcessed()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM orders WHERE tenant_id = ?").param(tenant).query(Long.class)
                .single()).isZero();
    }

    private ImportResult importFile(Path file) throws Exception {
        return imports.importFile(ImportJobs.INSTRUCTIONS_JOB, file, tenant.toString());
    }

    private Map<String, Object> instruction(String orderRef, String instructionRef) {
        return jdbc.sql("""
                SELECT i.status, CAST(i.amount AS VARCHAR(30)) AS amount_text, i.own_metadata FROM instruction i
                JOIN orders o ON o.id = i.order_id
                WHERE i.tenant_id = ? AND o.order_ref = ? AND i.instruction_ref = ?
                """).params(tenant, orderRef, instructionRef).query().singleRow();
    }

    private Map<Long, String> rejectedCodesByLine(ImportResult result) throws Exception {
        return jdbc.sql("""
                SELECT line_number, error_codes FROM import_row_outcome o
                JOIN batch_job_execution e ON e.job_instance_id = o.job_instance_id
                WHERE e.job_execution_id = ? AND o.outcome = 'REJECTED'
                """).param(result.executionId()).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
