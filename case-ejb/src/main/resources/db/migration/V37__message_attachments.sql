-- Files attached to a secure message: evidence items in the case's vault (the client attaches
-- files they sent through the portal, the team items of the case). A message is never changed once
-- written, so neither are its attachments; they go with the message.

CREATE TABLE portal_message_evidence (
    message_id   BIGINT      NOT NULL REFERENCES portal_message (id) ON DELETE CASCADE,
    evidence_id  VARCHAR(36) NOT NULL REFERENCES evidence_item (id),
    PRIMARY KEY (message_id, evidence_id)
);

CREATE INDEX portal_message_evidence_item_idx ON portal_message_evidence (evidence_id);
