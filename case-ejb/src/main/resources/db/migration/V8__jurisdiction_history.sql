-- Jurisdictions are corrected by administrators too, with history.
CREATE TABLE jurisdiction_aud (
    code              VARCHAR(10)  NOT NULL,
    rev               BIGINT       NOT NULL REFERENCES law_revision (id),
    revtype           SMALLINT,
    name              VARCHAR(100),
    parent_code       VARCHAR(10),
    time_zone         VARCHAR(40),
    holiday_calendar  VARCHAR(10),
    PRIMARY KEY (code, rev)
);

INSERT INTO jurisdiction_aud (code, rev, revtype, name, parent_code, time_zone, holiday_calendar)
SELECT code, 1, 0, name, parent_code, time_zone, holiday_calendar FROM jurisdiction;
