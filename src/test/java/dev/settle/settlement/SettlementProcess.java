package dev.settle.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.settle.support.CliRun;
import dev.settle.support.SettleProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code settle run settlementJob} in a child JVM on this JVM's test database (a {@link SettleProcess}), killed
 * with SIGKILL once the run reaches the point a test names. Then restarted through the CLI in this JVM, as an
 * operator would.
 */
final class SettlementProcess {

    private final SettleProcess process;

    private SettlementProcess(SettleProcess process) {
        this.process = process;
    }

    /** Starts the settlement of one scheme for a business date, claiming {@code claimChunkSize} per transaction. */
    static SettlementProcess start(Path logDir, String dataDir, LocalDate businessDate, String schemeId,
            int claimChunkSize) throws IOException {
        return new SettlementProcess(SettleProcess.start(logDir, "settlement-" + schemeId, dataDir, "run",
                SettlementJobs.JOB, SettlementJobs.BUSINESS_DATE + "=" + businessDate,
                SettlementJobs.SCHEME_ID + "=" + schemeId, "--settle.settlement.claim-chunk-size=" + claimChunkSize));
    }

    /** See {@link SettleProcess#killWhen}. */
    void killWhen(String point, Duration pollEvery, BooleanSupplier reached) throws Exception {
        process.killWhen(point, pollEvery, reached);
    }

    /** See {@link SettleProcess#terminate}. */
    int terminate(String point) throws Exception {
        return process.terminate(point);
    }

    /** See {@link SettleProcess#exitCode}. */
    int exitCode() throws Exception {
        return process.exitCode();
    }

    /** See {@link SettleProcess#await}. */
    void await(String point, Duration pollEvery, BooleanSupplier reached) throws Exception {
        process.await(point, pollEvery, reached);
    }

    /**
     * Restarts the killed run the way the runbook tells an operator: {@code settle run} is refused (exit 4) with
     * a {@code settle recover N} hint, {@code settle recover N}, {@code settle restart N} completes (exit 0), and
     * the run of the date then counts as done (exit 3).
     */
    static void restartAsAnOperatorWould(String dataDir, LocalDate businessDate, String schemeId) {
        String[] run = {"run", SettlementJobs.JOB, SettlementJobs.BUSINESS_DATE + "=" + businessDate,
                SettlementJobs.SCHEME_ID + "=" + schemeId};
        CliRun refused = CliRun.run(dataDir, run);
        assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(4);
        Matcher recoverHint = Pattern.compile("settle recover (\\d+)").matcher(refused.err());
        assertThat(recoverHint.find()).as(refused.err()).isTrue();
        CliRun recovered = CliRun.run(dataDir, "recover", recoverHint.group(1));
        assertThat(recovered.exitCode()).as(recovered.out() + recovered.err()).isZero();
        CliRun restarted = CliRun.run(dataDir, "restart", recoverHint.group(1));
        assertThat(restarted.exitCode()).as(restarted.out() + restarted.err()).isZero();
        CliRun again = CliRun.run(dataDir, run);
        assertThat(again.exitCode()).as(again.out() + again.err()).isEqualTo(3);
    }
}
