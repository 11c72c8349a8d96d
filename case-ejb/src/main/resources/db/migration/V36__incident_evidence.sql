-- Evidence attached to an entry of the client's incident log: files the client sent through the
-- portal into the case's vault (checked by the portal before they are attached). An entry is not
-- changed once written, so neither are its attachments; they go with the entry.

CREATE TABLE incident_evidence (
    entry_id     BIGINT      NOT NULL REFERENCES incident_entry (id) ON DELETE CASCADE,
    evidence_id  VARCHAR(36) NOT NULL REFERENCES evidence_item (id),
    PRIMARY KEY (entry_id, evidence_id)
);

CREATE INDEX incident_evidence_item_idx ON incident_evidence (evidence_id);

CREATE TABLE incident_evidence_aud (
    rev          BIGINT      NOT NULL REFERENCES law_revision (id),
    revtype      SMALLINT,
    entry_id     BIGINT      NOT NULL,
    evidence_id  VARCHAR(36) NOT NULL,
    PRIMARY KEY (rev, entry_id, evidence_id)
);

CREATE INDEX incident_evidence_aud_entry_idx ON incident_evidence_aud (entry_id);
