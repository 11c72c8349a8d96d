-- The conflict check's blind index: for every party of every case (the victim, the people of the
-- case), keyed hashes (HMAC-SHA-256 under a key derived from the field key, first 8 bytes) of the
-- folded name words, the names run together, the handles, the e-mail addresses and the phone
-- numbers' last digits, with their typo variants. A check hashes the searched terms the same way
-- and decrypts only the parties whose keys it meets, so the database never holds a readable name
-- and a check does not decrypt every victim. Every indexed party has a row with the marker key, so
-- parties written before this index (or by hand) are found and indexed at start-up.

CREATE TABLE conflict_key (
    case_id    BIGINT   NOT NULL REFERENCES case_file (id),
    party_kind CHAR(1)  NOT NULL,
    party_id   BIGINT   NOT NULL,
    key_hash   BIGINT   NOT NULL,
    CONSTRAINT conflict_key_party_kind CHECK (party_kind IN ('V', 'P'))
);

CREATE INDEX conflict_key_hash_idx ON conflict_key (key_hash);
CREATE INDEX conflict_key_party_idx ON conflict_key (party_kind, party_id);
CREATE INDEX conflict_key_case_idx ON conflict_key (case_id);
