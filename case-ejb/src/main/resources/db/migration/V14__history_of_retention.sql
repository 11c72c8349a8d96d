-- The change history (V11) keeps when a case was closed and purged too (V13 added the columns).
ALTER TABLE case_file_aud ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_file_aud ADD COLUMN purged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_file_aud ADD COLUMN purged_by VARCHAR(100);
