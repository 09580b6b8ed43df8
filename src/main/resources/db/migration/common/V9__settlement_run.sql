-- What a scheme needs of each attempt, fixed at claim time so a resent file is the same file: the requested
-- execution (credit) or collection (debit) date, the SEPA sequence type of a mandate's collection, the instrument.
ALTER TABLE submission ADD COLUMN execution_date DATE;
ALTER TABLE submission ADD COLUMN sequence_type VARCHAR(4);
ALTER TABLE submission ADD COLUMN financial_instrument_id UUID;
ALTER TABLE submission ADD COLUMN scheme_reference VARCHAR(1000);
-- A rejection a new attempt may overcome: the instruction went back to READY instead of FAILED.
ALTER TABLE submission ADD COLUMN retryable BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX submission_batch ON submission (batch_id);
CREATE INDEX submission_instruction ON submission (instruction_id);
CREATE INDEX submission_instrument ON submission (tenant_id, financial_instrument_id);

-- Control totals of every submitted batch (file or API call), per currency: written in the transaction that
-- records the scheme's answer, so they always equal the ledger rows they describe.
CREATE TABLE submission_batch_total (
    batch_id            VARCHAR(100) NOT NULL,
    currency            CHAR(3) NOT NULL,
    tenant_id           UUID NOT NULL,
    scheme_id           VARCHAR(50) NOT NULL,
    writer_type         VARCHAR(40) NOT NULL,
    business_date       DATE NOT NULL,
    payment_count       BIGINT NOT NULL,
    control_sum         NUMERIC(20, 3) NOT NULL,
    scheme_reference    VARCHAR(1000),
    submitted_by_execution BIGINT NOT NULL,
    submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (batch_id, currency)
);
CREATE INDEX submission_batch_total_run ON submission_batch_total (business_date, tenant_id, scheme_id);
