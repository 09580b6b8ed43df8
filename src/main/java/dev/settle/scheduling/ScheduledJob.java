package dev.settle.scheduling;

import java.util.List;
import java.util.Map;

/**
 * A job a schedule file may name: which parameters it takes and how one fire launches it. Implementations go through
 * the same launch paths as the operator commands, so a scheduled run obeys the same once-per-identity rules.
 */
public interface ScheduledJob {

    /** The job name schedule files use. */
    String job();

    /** The parameters a schedule of this job may give; the loader refuses any other. */
    List<Parameter> parameters();

    /**
     * Launches the job for one fire, in this thread, with the parameters evaluated for that fire.
     *
     * @return one line on what happened, for the fire log
     * @throws Exception when the launch itself failed; the fire is recorded as failed with the message
     */
    String launch(Map<String, String> values) throws Exception;

    /**
     * A parameter of a scheduled job.
     *
     * @param date a date expression ({@code today}, …) evaluated at each fire, not a literal
     */
    record Parameter(String name, boolean required, boolean date) {

        static Parameter requiredDate(String name) {
            return new Parameter(name, true, true);
        }

        static Parameter required(String name) {
            return new Parameter(name, true, false);
        }

        static Parameter optional(String name) {
            return new Parameter(name, false, false);
        }
    }
}
