package dev.settle.settlement;

import dev.settle.schemeconfig.SchemeConfig;
import dev.settle.system.PlannerStatistics;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigns a scheme's claimed payments of a business date to files before any file is written, at most the
 * scheme's maximum items each, in ledger order, each file named {@code F<id of its first ledger row>}. Because the
 * plan is committed first, a restart finds every payment in exactly one planned file: it writes the files not yet
 * published and only marks the rows of those that were.
 */
@Service
public class FilePlanner {

    // The claim has just moved every due instruction to PROCESSING: what planning, recording and the next
    // reconciliation read.
    private static final List<String> CLAIMED_TABLES = List.of("instruction", "submission", "payment_transaction");

    private final SubmissionLedger ledger;
    private final PlannerStatistics statistics;
    private final Clock clock;

    public FilePlanner(SubmissionLedger ledger, PlannerStatistics statistics, Clock clock) {
        this.ledger = ledger;
        this.statistics = statistics;
        this.clock = clock;
    }

    /** Plans files for the payments not yet in one, then answers every file still to be submitted. */
    @Transactional
    public List<PlannedFile> plan(SchemeConfig scheme, LocalDate businessDate) {
        statistics.refreshStale(CLAIMED_TABLES);
        ledger.planUnplanned(scheme.tenantId(), scheme.schemeId(), businessDate, scheme.maxItemsPerFile(),
                clock.instant());
        return filesToSubmit(scheme, businessDate);
    }

    /** Planned files with payments not yet submitted, in plan order. */
    public List<PlannedFile> filesToSubmit(SchemeConfig scheme, LocalDate businessDate) {
        return ledger.filesToSubmit(scheme.tenantId(), scheme.schemeId(), businessDate);
    }
}
