package dev.settle.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.order.PaymentTransaction;
import dev.settle.order.PaymentTransactionRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What "exactly once" means for a SEPA credit transfer scheme after a crash and a restart, checked against the
 * ledger and against the published files as a bank would read them: every due instruction was submitted once,
 * under one key, in one file; every file is complete, schema-valid, announced by its manifest, and agrees with
 * the ledger and the control totals; no file complete before the crash was written again.
 */
final class SettledExactlyOnce {

    private final JdbcClient jdbc;
    private final PaymentTransactionRepository transactions;
    private final UUID tenant;
    private final String scheme;
    private final Path outbox;

    SettledExactlyOnce(JdbcClient jdbc, PaymentTransactionRepository transactions, UUID tenant, String scheme,
            Path outbox) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.tenant = tenant;
        this.scheme = scheme;
        this.outbox = outbox;
    }

    /** The bytes and modification time of every complete file (and manifest) in the outbox now. */
    Map<Path, FileState> completeFiles() throws IOException {
        if (!Files.isDirectory(outbox)) {
            return Map.of();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(file -> !file.getFileName().toString().endsWith(".part"))
                    .collect(Collectors.toMap(Function.identity(), FileState::of, (a, b) -> a, TreeMap::new));
        }
    }

    /**
     * Asserts that the {@code due} instructions of the tenant were each submitted exactly once, and that the files
     * in {@code completeBeforeTheCrash} were left as they were.
     */
    void assertHolds(long due, Map<Path, FileState> completeBeforeTheCrash) throws Exception {
        assertThat(jdbc.sql("SELECT status, COUNT(*) FROM instruction WHERE tenant_id = ? GROUP BY status")
                .param(tenant).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list())
                .as("every due instruction is PROCESSING").containsExactly(Map.entry("PROCESSING", due));
        List<LedgerRow> ledger = jdbc.sql("""
                SELECT s.instruction_id, s.payment_key, s.state, s.batch_id, s.amount, s.scheme_reference,
                    (SELECT COUNT(*) FROM payment_transaction o WHERE o.instruction_id = s.instruction_id)
                FROM submission s JOIN payment_transaction t ON t.id = s.transaction_id
                WHERE s.tenant_id = ? AND s.scheme_id = ?""").params(tenant, scheme)
                .query((rs, n) -> new LedgerRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getString(6), rs.getLong(7)))
                .list();
        assertThat(ledger).as("one submission row per due instruction").hasSize((int) due);
        assertThat(ledger).extracting(LedgerRow::instructionId).doesNotHaveDuplicates();
        for (LedgerRow row : ledger) {
            assertThat(row.paymentKey()).isEqualTo("S" + row.instructionId() + "-1");
            assertThat(row.state()).as(row.paymentKey()).isEqualTo("SUBMITTED");
            assertThat(row.batchId()).as(row.paymentKey()).isNotNull().isEqualTo(transactions
                    .findLatest(row.instructionId()).map(PaymentTransaction::appBatchId).orElse(null));
            assertThat(row.transactions()).as("transactions of " + row.paymentKey()).isOne();
            assertThat(row.schemeReference()).as(row.paymentKey())
                    .isEqualTo(outbox.resolve(row.batchId() + ".xml").toAbsolutePath().toString());
        }
        Map<String, List<LedgerRow>> batches = ledger.stream()
                .collect(Collectors.groupingBy(LedgerRow::batchId, TreeMap::new, Collectors.toList()));
        assertThat(fileNames()).as("one file and one manifest per batch, no part file left")
                .containsExactlyInAnyOrderElementsOf(batches.keySet().stream()
                        .flatMap(batch -> Stream.of(batch + ".xml", batch + ".xml.manifest.json")).toList());
        Map<String, Totals> totals = totals();
        assertThat(totals.keySet()).as("control totals per batch").containsExactlyInAnyOrderElementsOf(batches.keySet());
        List<String> endToEndIds = new ArrayList<>();
        for (Map.Entry<String, List<LedgerRow>> batch : batches.entrySet()) {
            endToEndIds.addAll(assertFileOf(batch.getKey(), batch.getValue(), totals.get(batch.getKey())));
        }
        assertThat(endToEndIds).as("no EndToEndId in two files or twice in one").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(ledger.stream().map(LedgerRow::paymentKey).toList());
        completeBeforeTheCrash.forEach((file, before) -> assertThat(FileState.of(file))
                .as("%s was complete before the crash and must not be written again", file).isEqualTo(before));
    }

    private List<String> assertFileOf(String batch, List<LedgerRow> rows, Totals totals) throws Exception {
        Path file = outbox.resolve(batch + ".xml");
        PublishedPain001.validate(file);
        PublishedPain001 content = PublishedPain001.read(file);
        PublishedPain001.Manifest manifest = PublishedPain001.manifest(file);
        BigDecimal ledgerSum = rows.stream().map(LedgerRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(List.of(content.messageId(), manifest.messageId(), manifest.file()))
                .as("message id of " + file).containsExactly(batch, batch, batch + ".xml");
        assertThat(List.of(content.numberOfTransactions(), (long) content.endToEndIds().size(),
                manifest.numberOfTransactions(), totals.payments())).as("NbOfTxs, transactions, manifest, control "
                        + "total of " + file).containsOnly((long) rows.size());
        for (BigDecimal sum : List.of(content.controlSum(), content.amounts(), manifest.controlSum(), totals.sum())) {
            assertThat(sum).as("CtrlSum, amounts, manifest, control total of " + file).isEqualByComparingTo(ledgerSum);
        }
        assertThat(manifest.sha256()).as("checksum of " + file).isEqualTo(FileState.of(file).sha256());
        assertThat(totals.reference()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(content.endToEndIds()).as("EndToEndIds of " + file)
                .containsExactlyInAnyOrderElementsOf(rows.stream().map(LedgerRow::paymentKey).toList());
        return content.endToEndIds();
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    private Map<String, Totals> totals() {
        return jdbc.sql("""
                SELECT batch_id, currency, payment_count, control_sum, scheme_reference FROM submission_batch_total
                WHERE tenant_id = ? AND scheme_id = ?""").params(tenant, scheme)
                .query((rs, n) -> {
                    assertThat(rs.getString("currency")).isEqualTo("EUR");
                    return Map.entry(rs.getString("batch_id"), new Totals(rs.getLong("payment_count"),
                            rs.getBigDecimal("control_sum"), rs.getString("scheme_reference")));
                }).list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private record LedgerRow(long instructionId, String paymentKey, String state, String batchId,
            BigDecimal amount, String schemeReference, long transactions) {
    }

    private record Totals(long payments, BigDecimal sum, String reference) {
    }

    /** A file's content (by SHA-256), size and modification time: a file written again differs in one. */
    record FileState(String sha256, long size, FileTime modified) {

        static FileState of(Path file) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                return new FileState(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                        bytes.length, Files.getLastModifiedTime(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
