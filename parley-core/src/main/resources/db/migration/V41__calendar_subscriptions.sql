-- A member's secret calendar link (calendar apps cannot sign in); only the token's SHA-256 is kept.
CREATE TABLE calendar_subscriptions (
    member_id  BIGINT PRIMARY KEY REFERENCES members (id),
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
