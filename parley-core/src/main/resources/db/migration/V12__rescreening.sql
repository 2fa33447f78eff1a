-- One re-screening of every member, organisation and owner per list snapshot: the first node (or
-- CLI run) to insert the snapshot's hash does it, the others skip.
CREATE TABLE rescreen_runs (
    lists_hash   CHAR(64) PRIMARY KEY,
    lists_as_of  DATE,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    people       INT,
    new_reviews  INT,
    elapsed_ms   BIGINT
);
