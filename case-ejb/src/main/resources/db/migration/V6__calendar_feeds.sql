-- A personal iCalendar feed per user, reachable at a secret URL; issuing a new one revokes the old.
CREATE TABLE calendar_feed (
    username    VARCHAR(100) NOT NULL PRIMARY KEY,
    token       VARCHAR(64)  NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
