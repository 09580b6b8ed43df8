package dev.settle.csvimport;

import dev.settle.tenancy.TenantAdministration;
import dev.settle.system.InboxDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.stereotype.Service;

/**
 * An inbox directory where a tenant's CSV files arrive for one import job. Draining it imports every complete file
 * in name order and moves it out of the way: into {@code done/} once imported (or when the same content was imported
 * before), into {@code failed/} when its import failed, so a bad file is not retried on every poll; its error
 * report says why, and importing it again (from {@code failed/} or back in the inbox) carries the import on from
 * its last committed chunk. A file whose import is running elsewhere stays. Files still being delivered
 * ({@code .part}, {@code .tmp}, hidden) are left alone.
 */
@Service
public class ImportInbox {

    private final ImportService imports;
    private final TenantAdministration tenants;

    public ImportInbox(ImportService imports, TenantAdministration tenants) {
        this.imports = imports;
        this.tenants = tenants;
    }

    /** What draining did with each file. */
    public record Drained(Path file, String outcome, ImportResult result) {
    }

    /** Imports every waiting file with {@code jobName} for the tenant (its id or name). */
    public List<Drained> drain(Path inbox, String jobName, String tenant) throws Exception {
        String tenantId = tenants.resolveTenant(tenant).id().toString();
        List<Drained> drained = new ArrayList<>();
        for (Path file : InboxDirectory.waiting(inbox)) {
            try {
                ImportResult result = imports.importFile(jobName, file, tenantId);
                drained.add(result.status() == BatchStatus.COMPLETED
                        ? new Drained(InboxDirectory.move(file, "done"), "imported", result)
                        : new Drained(InboxDirectory.move(file, "failed"), "failed, moved to failed/", result));
            } catch (ImportRefusedException refused) {
                drained.add(refused.reason() == ImportRefusedException.Reason.ALREADY_IMPORTED
                        ? new Drained(InboxDirectory.move(file, "done"), "already imported", null)
                        : new Drained(file, "being imported elsewhere, left in the inbox", null));
            }
        }
        return drained;
    }
}
