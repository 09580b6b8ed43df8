-- Every planned file (or API batch) of the ledger, written in the transaction that plans it. Its rows lie between
-- first_id and last_id, so the primary key finds a batch's rows and the ledger needs no index on batch_id: a ledger
-- row is updated twice on its way out (planned, then recorded), and without an index on any column those updates
-- change, PostgreSQL updates it in place (HOT) instead of adding an entry to every index each time.
CREATE TABLE submission_file (
    batch_id        VARCHAR(100) PRIMARY KEY,
    tenant_id       UUID NOT NULL,
    scheme_id       VARCHAR(50) NOT NULL,
    business_date   DATE NOT NULL,
    first_id        BIGINT NOT NULL,
    last_id         BIGINT NOT NULL,
    payment_count   BIGINT NOT NULL,
    control_sum     NUMERIC(20, 3) NOT NULL,
    planned_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX submission_file_run ON submission_file (business_date, tenant_id, scheme_id);
INSERT INTO submission_file (batch_id, tenant_id, scheme_id, business_date, first_id, last_id, payment_count,
    control_sum, planned_at)
SELECT batch_id, tenant_id, scheme_id, business_date, MIN(id), MAX(id), COUNT(*), SUM(amount), MIN(created_at)
FROM submission WHERE batch_id IS NOT NULL GROUP BY batch_id, tenant_id, scheme_id, business_date;

DROP INDEX submission_batch;
-- Covered by the unique (instruction_id, attempt).
DROP INDEX submission_instruction;
-- Without the state, recording an answer changes no indexed column either.
DROP INDEX submission_run;
CREATE INDEX submission_run ON submission (business_date, scheme_id);

-- A transaction's batch is its ledger row's (PaymentTransactionRepository reads it from there): writing it again on
-- every transaction when a batch is recorded cost a second write of every submitted payment.
ALTER TABLE payment_transaction DROP COLUMN app_batch_id;
