-- Trusted timestamps (issue 16, RFC 3161). Each evidence item's SHA-256 is sent to a time-stamping
-- authority after the item is recorded; its reply (DER, as `openssl ts -verify -in` reads it) is
-- kept here, one row per item, written PENDING in the receipt's transaction and STAMPED once a
-- checked token arrives. Kept beside evidence_item rather than in it so the item's row is unchanged.

CREATE TABLE evidence_timestamp (
    evidence_id      VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES evidence_item (id),
    sha256           CHAR(64)     NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    reply            BYTEA,
    tsa_name         VARCHAR(300),
    stamped_at       TIMESTAMP WITH TIME ZONE,
    serial_number    VARCHAR(100),
    development      BOOLEAN      NOT NULL,
    attempts         INTEGER      NOT NULL,
    last_error       VARCHAR(500),
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX evidence_timestamp_status_idx ON evidence_timestamp (status);
