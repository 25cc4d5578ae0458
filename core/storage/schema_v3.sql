-- SPDX-License-Identifier: GPL-3.0-or-later
-- Passerelle city file, schema version 3: partner cities as the partner cities pane keeps them
-- (a contact person, the twinning period), good practices' tags, and what was last imported
-- from each partner, the base of the next three-way merge. Documented in docs/file-format.md.
-- Applied to a version-2 file in one transaction (Migrator), and to every new file after
-- schema_v2.sql, so that a migrated file and a new one hold exactly the same schema.

ALTER TABLE partner_city ADD COLUMN contact_name TEXT NOT NULL DEFAULT '';
ALTER TABLE partner_city ADD COLUMN contact_email TEXT NOT NULL DEFAULT '';
ALTER TABLE partner_city ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE partner_city ADD COLUMN until TEXT;

-- Tags: words or short phrases separated by commas, as the officer typed them.
ALTER TABLE good_practice ADD COLUMN tags TEXT NOT NULL DEFAULT '';

-- The partner's contact person is personal data (a new file gets these rows from the
-- catalogue; OR IGNORE lets both paths meet).
INSERT OR IGNORE INTO personal_data (table_name, column_name) VALUES
    ('partner_city', 'contact_name'),
    ('partner_city', 'contact_email'),
    ('partner_city', 'contact_phone');

-- One row per partner file imported from: the partner's city id (its file's city.id), when the
-- officer last imported from it, and when the partner shared that file.
CREATE TABLE partner_import (
    partner_city TEXT PRIMARY KEY NOT NULL CHECK (length(partner_city) = 36),
    imported_at TEXT NOT NULL,
    shared_at TEXT,
    city_name TEXT NOT NULL DEFAULT ''
);

-- The base of the next merge from a partner: for every record last taken from (or settled
-- against) that partner, a hash of the record as the partner's file held it then. A record
-- whose hash in the officer's file still matches was not changed here; one whose hash in the
-- partner's new file matches was not changed there.
CREATE TABLE merge_base (
    partner_city TEXT NOT NULL CHECK (length(partner_city) = 36),
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL CHECK (length(record_id) = 36),
    row_hash TEXT NOT NULL,
    PRIMARY KEY (partner_city, table_name, record_id)
);
