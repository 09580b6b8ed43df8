-- Room on every ledger page for the row's next versions: planning and recording update each row in place (HOT)
-- when its page has space, instead of moving it to another page and indexing it again.
ALTER TABLE submission SET (fillfactor = 50);
