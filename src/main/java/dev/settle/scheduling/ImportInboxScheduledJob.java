package dev.settle.scheduling;

import dev.settle.csvimport.ImportInbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An import job ({@code csvImportJob} or {@code fiImportJob}) on a schedule: drains a tenant's inbox of CSV files,
 * one job instance per tenant and file content.
 */
class ImportInboxScheduledJob implements ScheduledJob {

    static final String INBOX = "inbox";
    static final String TENANT = "tenant";

    private final String job;
    private final ImportInbox inbox;

    ImportInboxScheduledJob(String job, ImportInbox inbox) {
        this.job = job;
        this.inbox = inbox;
    }

    @Override
    public String job() {
        return job;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.required(INBOX), Parameter.required(TENANT));
    }

    @Override
    public String launch(Map<String, String> values) throws Exception {
        Path directory = Files.createDirectories(Path.of(values.get(INBOX)));
        List<ImportInbox.Drained> drained = inbox.drain(directory, job, values.get(TENANT));
        return InboxOutcome.summary(directory, drained.stream().map(ImportInbox.Drained::outcome).toList());
    }
}
