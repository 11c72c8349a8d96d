-- Organisation-wide settings, one row per named value. Later features add their own tables.
CREATE TABLE recourse_setting (
    name        VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(2000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO recourse_setting (name, setting_value, updated_at)
VALUES ('organisation.name', 'Recourse (development)', CURRENT_TIMESTAMP);
