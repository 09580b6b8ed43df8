-- When a SETTLING reward transaction is next due for the reward processor: at once after the claim, after a
-- back-off when the provider answered "pending" or could not be reached, and one lease ahead while a node is
-- calling the provider, so that the transaction passes to another node if that one dies before it records the
-- outcome.
ALTER TABLE reward_transaction ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
UPDATE reward_transaction SET next_attempt_at = last_updated_at;
ALTER TABLE reward_transaction ALTER COLUMN next_attempt_at SET NOT NULL;
CREATE INDEX reward_transaction_due ON reward_transaction (status, provider, next_attempt_at);
