-- Client portal: the address a client chose to be told at, without content, that their team wrote
-- (encrypted like every contact detail; a preference of the client's, no part of the case history).

ALTER TABLE portal_link ADD COLUMN notify_email_enc VARCHAR(1000);
