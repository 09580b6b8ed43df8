package dev.settle.settlement;

/** Names of the settlement job, its steps and parameters, shared by configuration, CLI and scheduler. */
public final class SettlementJobs {

    public static final String JOB = "settlementJob";

    public static final String MARK_LATE_STEP = "markLateStep";
    /** One partition per scheme, each running {@link #SETTLE_SCHEME_STEP}. */
    public static final String SETTLE_SCHEMES_STEP = "settleSchemesStep";
    public static final String SETTLE_SCHEME_STEP = "settleSchemeStep";
    public static final String REPORT_STEP = "reportStep";

    /** Identifying, required: the business date the run settles ({@code yyyy-MM-dd}). */
    public static final String BUSINESS_DATE = "businessDate";
    /** Identifying, optional: only this scheme (of every tenant that has one by that id). */
    public static final String SCHEME_ID = "schemeId";
    /** Identifying, optional: 1, 2, … for each rerun of a business date after a completed run. */
    public static final String RERUN = "rerun";

    /**
     * Keys of a {@link #SETTLE_SCHEME_STEP} execution's context: when its claim and its file plan ended (epoch
     * milliseconds); its submission ends with the step.
     */
    public static final String CLAIM_ENDED_AT = "claimEndedAt";
    public static final String PLAN_ENDED_AT = "planEndedAt";

    /** Partition keys: the tenant and scheme a partition settles. */
    static final String PARTITION_TENANT = "tenantId";
    static final String PARTITION_SCHEME = "schemeId";

    private SettlementJobs() {
    }
}
