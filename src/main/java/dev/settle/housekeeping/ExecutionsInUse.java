package dev.settle.housekeeping;

import dev.settle.csvimport.ImportJobs;
import dev.settle.settlement.SettlementJobs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What unfinished executions need: those whose instance's last execution is neither COMPLETED nor ABANDONED
 * (STARTING, STARTED, STOPPING, STOPPED, FAILED, UNKNOWN), because they may run on or be restarted.
 */
@Repository
class ExecutionsInUse {

    private static final String LAST_EXECUTION_UNFINISHED = """
            e.STATUS NOT IN ('COMPLETED', 'ABANDONED') AND e.JOB_EXECUTION_ID = (SELECT MAX(x.JOB_EXECUTION_ID)
                FROM BATCH_JOB_EXECUTION x WHERE x.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID)
            """;
    private static final String INSTANCES = "SELECT e.JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION e WHERE "
            + LAST_EXECUTION_UNFINISHED;
    private static final String PARAMETER_VALUES = """
            SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p
            JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID
            JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
            WHERE p.PARAMETER_NAME = :parameter AND (:job IS NULL OR i.JOB_NAME = :job) AND
            """ + LAST_EXECUTION_UNFINISHED;

    private final JdbcClient jdbc;

    ExecutionsInUse(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A snapshot of what unfinished executions need. */
    record InUse(Set<Long> instanceIds, Set<Path> inputFiles, Set<LocalDate> settlementDates) {
    }

    InUse now() {
        Set<Long> instances = new HashSet<>(jdbc.sql(INSTANCES).query(Long.class).list());
        Set<Path> inputs = new HashSet<>();
        values(ImportJobs.INPUT_FILE, null).forEach(file -> inputs.add(Path.of(file).toAbsolutePath().normalize()));
        Set<LocalDate> dates = new HashSet<>();
        for (String date : values(SettlementJobs.BUSINESS_DATE, SettlementJobs.JOB)) {
            try {
                dates.add(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("Settlement business date '" + date + "' in the job repository is not "
                        + "yyyy-MM-dd; housekeeping cannot tell which files it needs", e);
            }
        }
        return new InUse(instances, inputs, dates);
    }

    private java.util.List<String> values(String parameter, String job) {
        return jdbc.sql(PARAMETER_VALUES).param("parameter", parameter).param("job", job, java.sql.Types.VARCHAR)
                .query(String.class).list();
    }
}
