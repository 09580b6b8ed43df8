-- Room on every ledger and transaction page for the row's next versions: planning and recording update a ledger
-- row, reconciliation a ledger row and its transaction, in place (HOT) when the page has space, instead of moving
-- the row to another page and indexing it again.
ALTER TABLE submission SET (fillfactor = 50);
ALTER TABLE payment_transaction SET (fillfactor = 70);
