-- The settlement claim's path to a scheme's due instructions in id order: only READY and LATE rows are in it, so
-- it stays as small as what is waiting to be submitted however long the history grows, and a claim that walks
-- forward by id reads each due row once. Its WHERE clause must match the claim's literal statuses
-- (SubmissionLedger.LOCK_DUE).
CREATE INDEX instruction_due ON instruction (tenant_id, scheme_id, id) WHERE status IN ('READY', 'LATE');
