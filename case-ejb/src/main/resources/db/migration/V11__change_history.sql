-- History of cases (Hibernate Envers): every change to a case, its victim, people, team,
-- deadlines, removal requests and evidence metadata, with who made it and when (law_revision, the
-- one revision table, shared with the law library). Victims' identifying columns stay encrypted
-- here as in their table (*_enc). Evidence blobs, keys and the custody head are not kept: the
-- custody chain is the record of what was done with a file.

CREATE TABLE case_file_aud (
    id                  BIGINT        NOT NULL,
    rev                 BIGINT        NOT NULL REFERENCES law_revision (id),
    revtype             SMALLINT,
    case_number         VARCHAR(20),
    title               VARCHAR(200),
    status              VARCHAR(20),
    closing_reason      VARCHAR(1000),
    priority            VARCHAR(10),
    incident_date       DATE,
    dissemination_date  DATE,
    discovery_date      DATE,
    summary             VARCHAR(4000),
    PRIMARY KEY (id, rev)
);

CREATE TABLE case_harm_type_aud (
    rev        BIGINT      NOT NULL REFERENCES law_revision (id),
    revtype    SMALLINT,
    case_id    BIGINT      NOT NULL,
    harm_type  VARCHAR(40) NOT NULL,
    PRIMARY KEY (rev, case_id, harm_type)
);

CREATE TABLE case_jurisdiction_aud (
    rev                BIGINT      NOT NULL REFERENCES law_revision (id),
    revtype            SMALLINT,
    case_id            BIGINT      NOT NULL,
    jurisdiction_code  VARCHAR(10) NOT NULL,
    PRIMARY KEY (rev, case_id, jurisdiction_code)
);

CREATE TABLE victim_aud (
    id                  BIGINT        NOT NULL,
    rev                 BIGINT        NOT NULL REFERENCES law_revision (id),
    revtype             SMALLINT,
    case_id             BIGINT,
    pseudonym           VARCHAR(100),
    legal_name_enc      VARCHAR(1000),
    date_of_birth_enc   VARCHAR(200),
    email_enc           VARCHAR(1000),
    phone_enc           VARCHAR(500),
    preferred_language  VARCHAR(20),
    safe_by_call        BOOLEAN,
    safe_by_text        BOOLEAN,
    safe_by_email       BOOLEAN,
    safe_by_voicemail   BOOLEAN,
    safe_times          VARCHAR(500),
    code_word_enc       VARCHAR(500),
    never_contact_enc   VARCHAR(3000),
    PRIMARY KEY (id, rev)
);

CREATE TABLE case_person_aud (
    id              BIGINT        NOT NULL,
    rev             BIGINT        NOT NULL REFERENCES law_revision (id),
    revtype         SMALLINT,
    case_id         BIGINT,
    kind            VARCHAR(20),
    name            VARCHAR(200),
    identity_known  BOOLEAN,
    aliases         VARCHAR(1000),
    handles         VARCHAR(1000),
    relationship    VARCHAR(200),
    email           VARCHAR(200),
    phone           VARCHAR(50),
    notes           VARCHAR(2000),
    PRIMARY KEY (id, rev)
);

CREATE TABLE team_member_aud (
    id         BIGINT        NOT NULL,
    rev        BIGINT        NOT NULL REFERENCES law_revision (id),
    revtype    SMALLINT,
    case_id    BIGINT,
    username   VARCHAR(100),
    case_role  VARCHAR(20),
    PRIMARY KEY (id, rev)
);

CREATE TABLE case_deadline_aud (
    id                  BIGINT        NOT NULL,
    rev                 BIGINT        NOT NULL REFERENCES law_revision (id),
    revtype             SMALLINT,
    case_id             BIGINT,
    rule_id             BIGINT,
    removal_request_id  BIGINT,
    title               VARCHAR(200),
    citation            VARCHAR(200),
    severity            VARCHAR(10),
    computation         VARCHAR(20),
    due_date            DATE,
    due_at              TIMESTAMP WITH TIME ZONE,
    window_start_date   DATE,
    window_start_at     TIMESTAMP WITH TIME ZONE,
    explanation         VARCHAR(4000),
    verified            BOOLEAN,
    status              VARCHAR(10),
    status_reason       VARCHAR(1000),
    status_by           VARCHAR(100),
    status_at           TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id, rev)
);

CREATE TABLE removal_request_aud (
    id                  BIGINT        NOT NULL,
    rev                 BIGINT        NOT NULL REFERENCES law_revision (id),
    revtype             SMALLINT,
    case_id             BIGINT,
    platform_id         BIGINT,
    url                 VARCHAR(2000),
    host                VARCHAR(255),
    content_kind        VARCHAR(20),
    legal_basis         VARCHAR(30),
    status              VARCHAR(20),
    platform_reference  VARCHAR(200),
    submitted_at        TIMESTAMP WITH TIME ZONE,
    removed_at          TIMESTAMP WITH TIME ZONE,
    counter_notice_at   TIMESTAMP WITH TIME ZONE,
    follow_up_date      DATE,
    sla_due_at          TIMESTAMP WITH TIME ZONE,
    overdue             BOOLEAN,
    watched             BOOLEAN,
    last_state          VARCHAR(20),
    went_down_at        TIMESTAMP WITH TIME ZONE,
    reupload_alert_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id, rev)
);

CREATE TABLE removal_evidence_aud (
    rev          BIGINT      NOT NULL REFERENCES law_revision (id),
    revtype      SMALLINT,
    request_id   BIGINT      NOT NULL,
    evidence_id  VARCHAR(36) NOT NULL,
    PRIMARY KEY (rev, request_id, evidence_id)
);

CREATE TABLE evidence_item_aud (
    id               VARCHAR(36)   NOT NULL,
    rev              BIGINT        NOT NULL REFERENCES law_revision (id),
    revtype          SMALLINT,
    case_id          BIGINT,
    file_name_enc    VARCHAR(1000),
    media_type       VARCHAR(100),
    size_bytes       BIGINT,
    sha256           CHAR(64),
    md5              CHAR(32),
    pdq              CHAR(64),
    pdq_quality      INTEGER,
    width            INTEGER,
    height           INTEGER,
    analysis_note    VARCHAR(500),
    source_url_enc   VARCHAR(4000),
    captured_at      TIMESTAMP WITH TIME ZONE,
    captured_by      VARCHAR(200),
    capture_method   VARCHAR(30),
    description_enc  VARCHAR(8000),
    received_at      TIMESTAMP WITH TIME ZONE,
    received_by      VARCHAR(100),
    PRIMARY KEY (id, rev)
);

-- History reads by case: every audited row carries its case.
CREATE INDEX case_harm_type_aud_case_idx ON case_harm_type_aud (case_id);
CREATE INDEX case_jurisdiction_aud_case_idx ON case_jurisdiction_aud (case_id);
CREATE INDEX victim_aud_case_idx ON victim_aud (case_id);
CREATE INDEX case_person_aud_case_idx ON case_person_aud (case_id);
CREATE INDEX team_member_aud_case_idx ON team_member_aud (case_id);
CREATE INDEX case_deadline_aud_case_idx ON case_deadline_aud (case_id);
CREATE INDEX removal_request_aud_case_idx ON removal_request_aud (case_id);
CREATE INDEX removal_evidence_aud_request_idx ON removal_evidence_aud (request_id);
CREATE INDEX evidence_item_aud_case_idx ON evidence_item_aud (case_id);

-- What exists now is the first revision of each row, so the first change shows its old values.
INSERT INTO law_revision (revision_time, username)
VALUES (CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000 AS BIGINT), 'migration');

INSERT INTO case_file_aud (id, rev, revtype, case_number, title, status, closing_reason, priority, incident_date, dissemination_date, discovery_date, summary)
SELECT id, (SELECT MAX(id) FROM law_revision), 0, case_number, title, status, closing_reason, priority, incident_date, dissemination_date, discovery_date, summary FROM case_file;
INSERT INTO case_harm_type_aud (rev, revtype, case_id, harm_type)
SELECT (SELECT MAX(id) FROM law_revision), 0, case_id, harm_type FROM case_harm_type;
INSERT INTO case_jurisdiction_aud (rev, revtype, case_id, jurisdiction_code)
SELECT (SELECT MAX(id) FROM law_revision), 0, case_id, jurisdiction_code FROM case_jurisdiction;
INSERT INTO victim_aud (id, rev, revtype, case_id, pseudonym, legal_name_enc, date_of_birth_enc, email_enc, phone_enc, preferred_language, safe_by_call, safe_by_text, safe_by_email, safe_by_voicemail, safe_times, code_word_enc, never_contact_enc)
SELECT id, (SELECT MAX(id) FROM law_revision), 0, case_id, pseudonym, legal_name_enc, date_of_birth_enc, email_enc, phone_enc, preferred_language, safe_by_call, safe_by_text, safe_by_email, safe_by_voicemail, safe_times, code_word_enc, never_contact_enc FROM victim;
INSERT INTO case_person_aud (id, rev, revtype, case_id, kind, name, identity_known, aliases, handles, relationship, email, phone, notes)
SELECT id, (SELECT MAX(id) FROM law_revision), 0, case_id, kind, name, identity_known, aliases, handles, relationship, email, phone, notes FROM case_person;
INSERT INTO team_member_aud (id, rev, revtype, case_id, username, case_role)
SELECT id, (SELECT MAX(id) FROM law_revision), 0, case_id, username, case_role FROM team_member;
INSERT INTO case_deadline_aud (id, rev, revtype, case_id, rule_id, removal_request_id, title, citation, severity, computation, due_date, due_at, window_start_date, window_start_at, explanation, verified, status, status_reason, status_by, status_at)
SELECT id, (SELECT MAX(id) FROM law_revision), 0, case_id, rule_id, removal_request_id, title, citation, severity, computation, due_date, due_at, window_start_date, window_start_at, explanation, verified, status, status_reason, status_by, status_at FROM case_deadline;
INSERT INTO removal_request_aud (id, rev, revtype, case_id, platform_id, url, host, content_kind, legal_basis, status, platform_reference, submitted_at, removed_at, counter_notice_at, follow_up_date, sla_due_at, overdue, watched, last_state, went_down_at, reupload_alert_at)
SELECT id, (SELECT MAX(id) FROM law_revision), 0, case_id, platform_id, url, host, content_kind, legal_basis, status, platform_reference, submitted_at, removed_at, counter_notice_at, follow_up_date, sla_due_at, overdue, watched, last_state, went_down_at, reupload_alert_at FROM removal_request;
INSERT INTO removal_evidence_aud (rev, revtype, request_id, evidence_id)
SELECT (SELECT MAX(id) FROM law_revision), 0, request_id, evidence_id FROM removal_evidence;
INSERT INTO evidence_item_aud (id, rev, revtype, case_id, file_name_enc, media_type, size_bytes, sha256, md5, pdq, pdq_quality, width, height, analysis_note, source_url_enc, captured_at, captured_by, capture_method, description_enc, received_at, received_by)
SELECT id, (SELECT MAX(id) FROM law_revision), 0, case_id, file_name_enc, media_type, size_bytes, sha256, md5, pdq, pdq_quality, width, height, analysis_note, source_url_enc, captured_at, captured_by, capture_method, description_enc, received_at, received_by FROM evidence_item;
