-- The case list pages by last activity, newest first; this index lets the first page be read in
-- order instead of sorting every case. The other two serve the per-case lookups of a page.
CREATE INDEX case_file_updated_desc_idx ON case_file (updated_at DESC, id DESC);
CREATE INDEX victim_case_idx ON victim (case_id);
CREATE INDEX team_member_case_idx ON team_member (case_id, username);
