-- Retention of closed cases and their purge (issue #7, privacy by design). A case records when it
-- was closed; the organisation's retention period (a setting an administrator changes, counted in
-- months from closing) says when it may be purged. A purged case stays as an anonymous shell: its
-- number, dates, harm types, jurisdictions and the platform, basis, status and timestamps of its
-- removal requests (the removal statistics count them), with the victim's identity, the people's
-- names, notes, sent notices, request URLs and evidence content gone.

ALTER TABLE case_file ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_file ADD COLUMN purged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_file ADD COLUMN purged_by VARCHAR(100);
-- Cases closed before this version: their last change is the best known closing time.
UPDATE case_file SET closed_at = updated_at WHERE status = 'CLOSED';
CREATE INDEX case_file_closed_idx ON case_file (closed_at);

-- A purged removal request keeps no address of the content.
ALTER TABLE removal_request ALTER COLUMN url DROP NOT NULL;
ALTER TABLE removal_request ALTER COLUMN host DROP NOT NULL;

-- Six years is a common policy for closed legal files; it is the organisation's choice, not law.
INSERT INTO recourse_setting (name, setting_value, updated_at)
VALUES ('retention.closed-case-months', '72', CURRENT_TIMESTAMP);
