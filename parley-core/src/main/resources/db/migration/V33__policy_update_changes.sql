-- The posting side may correct an update (edited_at records the last correction) or withdraw it. A
-- withdrawn update stays in the exchange, marked, because members may already have acted on it.
ALTER TABLE policy_updates ADD COLUMN edited_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE policy_updates ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE policy_updates ADD COLUMN withdrawn_by BIGINT REFERENCES users (id);
ALTER TABLE policy_updates ADD COLUMN withdrawal_reason VARCHAR(1000);
