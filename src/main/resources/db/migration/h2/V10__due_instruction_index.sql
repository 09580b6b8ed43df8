-- The settlement claim's path to a scheme's due instructions in id order. H2 has no partial indexes: the
-- status is a key column instead (PostgreSQL's V10 keeps only READY and LATE rows).
CREATE INDEX instruction_due ON instruction (tenant_id, scheme_id, status, id);
