package dev.settle.housekeeping;

/** Names of the housekeeping job, its step and parameter, shared by configuration, scheduler and CLI. */
public final class HousekeepingJobs {

    public static final String JOB = "housekeepingJob";
    public static final String DELETE_EXPIRED_STEP = "deleteExpiredStep";

    /** Identifying, required: the day the housekeeping is for; it runs once per day. */
    public static final String RUN_DATE = "runDate";

    private HousekeepingJobs() {
    }
}
