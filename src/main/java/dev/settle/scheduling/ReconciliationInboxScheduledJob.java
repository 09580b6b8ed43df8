package dev.settle.scheduling;

import dev.settle.reconciliation.ReconciliationInbox;
import dev.settle.reconciliation.ReconciliationJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code reconciliationJob} on a schedule: drains an inbox of report files, one job instance per file content. */
@Component
class ReconciliationInboxScheduledJob implements ScheduledJob {

    static final String INBOX = "inbox";

    private final ReconciliationInbox inbox;

    ReconciliationInboxScheduledJob(ReconciliationInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public String job() {
        return ReconciliationJobs.JOB;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.required(INBOX));
    }

    @Override
    public String launch(Map<String, String> values) throws Exception {
        Path directory = Files.createDirectories(Path.of(values.get(INBOX)));
        List<ReconciliationInbox.Drained> drained = inbox.drain(directory);
        return InboxOutcome.summary(directory, drained.stream().map(ReconciliationInbox.Drained::outcome).toList());
    }
}
