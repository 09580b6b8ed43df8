package dev.settle.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.CliRun;
import dev.settle.support.PostgresIntegrationTest;
import dev.settle.support.TestFixtures;
import dev.settle.support.TestTenants;
import dev.settle.tenancy.TenantAdministration;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The files of sample-data/csv, imported in the order of its README, give the counts its table promises. */
@PostgresIntegrationTest
class SampleCsvFilesIntegrationTests {

    static final Path SAMPLES = Path.of("sample-data", "csv");

    @Autowired
    ImportService imports;

    @Autowired
    TenantAdministration admin;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sampleFilesGiveTheReadmeCounts() throws Exception {
        String tenant = TestTenants.create(admin).tenantId().toString();
        UUID tenantId = UUID.fromString(tenant);
        TestFixtures.scheme(jdbc, tenantId, "SEPA-CT-EUR", "CREDIT", "EUR");
        TestFixtures.scheme(jdbc, tenantId, "SEPA-DD-EUR", "DEBIT", "EUR");
        TestFixtures.scheme(jdbc, tenantId, "SANDBOX-GBP", "CREDIT,DEBIT", "GBP");

        assertCounts(run(ImportJobs.INSTRUMENTS_JOB, "instruments-valid.csv", tenant), BatchStatus.COMPLETED, 6, 0, 0);
        assertCounts(run(ImportJobs.INSTRUCTIONS_JOB, "instructions-valid-multi-currency.csv", tenant),
                BatchStatus.COMPLETED, 10, 0, 0);
        assertCounts(run(ImportJobs.INSTRUCTIONS_JOB, "instructions-invalid-every-kind.csv", tenant),
                BatchStatus.COMPLETED, 30, 0, 18);
        assertCounts(run(ImportJobs.INSTRUCTIONS_JOB, "instructions-invalid-mostly-bad.csv", tenant),
                BatchStatus.FAILED, 2, 0, 8);
        jdbc.sql("UPDATE instruction SET status = 'CANCELLED' WHERE tenant_id = ? AND instruction_ref = 'PAY-3'")
                .param(tenantId).update();
        assertCounts(run(ImportJobs.INSTRUCTIONS_JOB, "instructions-resend-after-cancel.csv", tenant),
                BatchStatus.COMPLETED, 1, 1, 2);
        assertCounts(run(ImportJobs.INSTRUCTIONS_JOB, "instructions-valid-bank-answers.csv", tenant),
                BatchStatus.COMPLETED, 8, 0, 0);
    }

    @Test
    void instrumentsFileAgainUnderAnotherNameIsRefusedAndBadInstrumentRowsAreReported() throws Exception {
        String tenant = TestTenants.create(admin).tenantId().toString();
        String dataDir = CliRun.newDataDir();
        run(ImportJobs.INSTRUMENTS_JOB, "instruments-valid.csv", tenant);
        Path bad = java.nio.file.Files.writeString(Path.of("target", "instruments-" + UUID.randomUUID() + ".csv"), """
                id,customerRef,type,holderName,iban,bic,mandateId,mandateSignedOn
                0b4f6a0e-0001-4c5e-9a51-000000000001,C-001,BANK_ACCOUNT,Anna Schmidt,DE89370400440532013000,COBADEFFXXX,,
                0b4f6a0e-0002-4c5e-9a51-000000000002,C-002,BANK_ACCOUNT,Jean Dupont,FR1420041010050500013M02606,,,
                ,C-009,BANK_ACCOUNT,Bad Checksum,DE89370400440532013001,,,
                not-a-uuid,C-010,BANK_ACCOUNT,Eve,DE89370400440532013000,,,
                0b4f6a0e-0011-4c5e-9a51-000000000011,C-011,BANK_ACCOUNT,Zoe,NL91ABNA0417164300,,,
                0b4f6a0e-0011-4c5e-9a51-000000000011,C-011,BANK_ACCOUNT,Zoe,NL91ABNA0417164300,,,
                ,C-012,BANK_ACCOUNT,Ann,DE89370400440532013000,,,
                ,C-013,BANK_ACCOUNT,Bob,DE89370400440532013000,,,
                ,C-014,SEPA_MANDATE,Cid,DE89370400440532013000,,M-14,2024-01-31
                ,C-015,BANK_ACCOUNT,Dan,DE89370400440532013000,,,
                """);

        CliRun again = CliRun.run(dataDir, "import", "instruments", SAMPLES.resolve("instruments-valid.csv").toString(),
                "--tenant", tenant);
        ImportResult result = imports.importFile(ImportJobs.INSTRUMENTS_JOB, bad, tenant);

        assertThat(again.exitCode()).as(again.err()).isEqualTo(3);
        assertThat(again.err()).contains("already imported");
        assertCounts(result, BatchStatus.COMPLETED, 5, 1, 4);
        String report = java.nio.file.Files.readString(result.errorReport());
        assertThat(report).contains("FINANCIAL_INSTRUMENT_ALREADY_EXISTS").contains("FINANCIAL_INSTRUMENT_IS_INVALID")
                .contains("FINANCIAL_INSTRUMENT_ID_IS_INVALID").contains("FINANCIAL_INSTRUMENT_ID_IS_DUPLICATED")
                .doesNotContain("DE89370400440532013001").doesNotContain("Bad Checksum").contains("****3001");
    }

    private ImportResult run(String job, String file, String tenant) throws Exception {
        return imports.importFile(job, file.contains("/") ? Path.of(file) : SAMPLES.resolve(file), tenant);
    }

    private static void assertCounts(ImportResult result, BatchStatus status, long stored, long unchanged,
            long rejected) {
        assertThat(result.status()).as(result.exitDescription()).isEqualTo(status);
        assertThat(result.counts()).isEqualTo(new ImportCounts(stored, unchanged, rejected));
    }
}
