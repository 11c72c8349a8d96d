-- The case list filtered by a status, newest activity first (its default order): read in this
-- index's order, a page stops after its twenty rows. Without it the status's own index was read
-- whole and its cases sorted (a quarter of 100,000 for "Active"). The query names the status first
-- in its order too (CaseService.search), as H2 uses an index for an order only from its first
-- column. The index on the status alone (V2) goes: this one serves every lookup by status as well,
-- and H2 preferred the shorter one for the list.
DROP INDEX IF EXISTS case_file_status_idx;
CREATE INDEX case_file_status_updated_idx ON case_file (status, updated_at DESC, id DESC);
