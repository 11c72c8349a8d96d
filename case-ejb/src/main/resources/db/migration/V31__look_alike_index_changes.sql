-- The look-alike index on every node (issue 21). Each node holds the PDQ/vPDQ index in memory; a
-- node that stores or shreds hashes writes a change here in the same transaction, and every node
-- applies the changes after the last one it applied, about once a second.
--
-- Change numbers are handed out by the one row of pdq_index_clock, which a writer updates (and so
-- locks) as the last thing before its commit. Numbers therefore become visible in order and without
-- gaps: a writer that rolls back gives its numbers back, and a reader never sees number n + 1
-- before n. Changes older than an hour are pruned; a node whose next change was pruned reloads.

CREATE TABLE pdq_index_clock (
    id          INTEGER PRIMARY KEY,
    last_change BIGINT  NOT NULL
);

INSERT INTO pdq_index_clock (id, last_change) VALUES (1, 0);

CREATE TABLE pdq_index_change (
    id          BIGINT                   PRIMARY KEY,
    evidence_id VARCHAR(36)              NOT NULL,
    op          VARCHAR(6)               NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX pdq_index_change_created_idx ON pdq_index_change (created_at);
