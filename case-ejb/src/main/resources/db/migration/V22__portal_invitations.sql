-- Portal invitations: whether Recourse created the client's Keycloak user (then linked_at and
-- linked_by are the invitation's time and author), and whether the portal is open to that user now,
-- with who last opened or closed it. The password of an invitation is never stored.

ALTER TABLE portal_link ADD COLUMN invited BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE portal_link ADD COLUMN enabled BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE portal_link ADD COLUMN access_changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE portal_link ADD COLUMN access_changed_by VARCHAR(255);

ALTER TABLE portal_link_aud ADD COLUMN invited BOOLEAN;
ALTER TABLE portal_link_aud ADD COLUMN enabled BOOLEAN;
ALTER TABLE portal_link_aud ADD COLUMN access_changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE portal_link_aud ADD COLUMN access_changed_by VARCHAR(255);
