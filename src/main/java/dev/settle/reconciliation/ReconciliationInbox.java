package dev.settle.reconciliation;

import dev.settle.system.InboxDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.stereotype.Service;

/**
 * An inbox directory where report files arrive. Draining it reconciles every complete file in name order and
 * moves it out of the way: into {@code done/} once reconciled (or when it was reconciled before), into
 * {@code unrecognised/} when it is no report this build reads. A file whose run failed stays, to be tried again.
 * Files still being delivered ({@code .part}, {@code .tmp}, hidden) are left alone.
 */
@Service
public class ReconciliationInbox {

    private final ReconciliationRuns runs;

    public ReconciliationInbox(ReconciliationRuns runs) {
        this.runs = runs;
    }

    /** What draining did with each file. */
    public record Drained(Path file, String outcome, ReconciliationResult result) {
    }

    public List<Drained> drain(Path inbox) throws Exception {
        List<Drained> drained = new ArrayList<>();
        for (Path file : InboxDirectory.waiting(inbox)) {
            try {
                ReconciliationResult result = runs.reconcile(file);
                if (result.status() == BatchStatus.COMPLETED) {
                    drained.add(new Drained(InboxDirectory.move(file, "done"), "reconciled", result));
                } else {
                    drained.add(new Drained(file, "failed, left in the inbox", result));
                }
            } catch (ReconciliationRefusedException refused) {
                drained.add(refused.reason() == ReconciliationRefusedException.Reason.ALREADY_RECONCILED
                        ? new Drained(InboxDirectory.move(file, "done"), "already reconciled", null)
                        : new Drained(file, "being reconciled elsewhere, left in the inbox", null));
            } catch (IllegalArgumentException unrecognised) {
                drained.add(new Drained(InboxDirectory.move(file, "unrecognised"), unrecognised.getMessage(), null));
            }
        }
        return drained;
    }
}
