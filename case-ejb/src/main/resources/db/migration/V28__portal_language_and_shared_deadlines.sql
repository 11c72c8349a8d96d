-- Client portal: the language a portal account reads the portal in (null: the browser's choice),
-- a preference of the client's and no part of the case's history; and the deadlines the team shares
-- with the client, whose sharing the history does record.

ALTER TABLE portal_link ADD COLUMN language VARCHAR(8);

ALTER TABLE case_deadline ADD COLUMN shared_with_client BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE case_deadline_aud ADD COLUMN shared_with_client BOOLEAN;
