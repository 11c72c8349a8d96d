-- A staff member's own time zone (an IANA region such as America/New_York): pages show times in
-- it, with UTC beside them on hover. NULL: UTC, as before.

ALTER TABLE user_account ADD COLUMN time_zone VARCHAR(64);
