-- What each import did with its rows, kept up to date in every chunk's transaction: reading an import's counts is
-- one row, instead of counting its rows in tables that grow without bound.
CREATE TABLE import_count (
    job_instance_id BIGINT PRIMARY KEY,
    stored          BIGINT NOT NULL,
    unchanged       BIGINT NOT NULL,
    rejected        BIGINT NOT NULL
);
