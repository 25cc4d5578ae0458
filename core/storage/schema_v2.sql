-- SPDX-License-Identifier: GPL-3.0-or-later
-- Passerelle city file, schema version 2: the priorities document and the action plan as
-- their panes edit them. Documented in docs/file-format.md.
-- Applied to a version-1 file in one transaction (Migrator), and to every new file after
-- schema_v1.sql, so that a migrated file and a new one hold exactly the same schema.
-- New rows get random version-4 UUIDs, made in SQL so that the whole step is one script.

-- The document itself: its introduction and method section (rich text as HTML), and the day
-- the council adopted it, when the plan's dates and budgets became its baseline.
CREATE TABLE plan_document (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    introduction TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL DEFAULT '',
    adopted_on TEXT
);

ALTER TABLE priority ADD COLUMN expected_outcome TEXT NOT NULL DEFAULT '';

-- A consultation is a stakeholder-group meeting or named stakeholders: the single stakeholder
-- of version 1 becomes the first of a list.
ALTER TABLE consultation RENAME TO consultation_v1;
CREATE TABLE consultation (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    priority_id TEXT NOT NULL REFERENCES priority(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    meeting_id TEXT REFERENCES group_meeting(id) ON DELETE SET NULL,
    participants TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT ''
);
INSERT INTO consultation (id, created_at, updated_at, origin_city, priority_id, date,
                          participants, summary)
    SELECT id, created_at, updated_at, origin_city, priority_id, date, participants, summary
    FROM consultation_v1;
CREATE INDEX consultation_priority ON consultation(priority_id);

CREATE TABLE consultation_stakeholder (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    consultation_id TEXT NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,
    stakeholder_id TEXT NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
    UNIQUE (consultation_id, stakeholder_id)
);
INSERT INTO consultation_stakeholder (id, created_at, updated_at, origin_city, consultation_id,
                                      stakeholder_id)
    SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
               || substr(lower(hex(randomblob(2))), 2) || '-'
               || substr('89ab', 1 + abs(random() % 4), 1)
               || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
           created_at, updated_at, origin_city, id, stakeholder_id
    FROM consultation_v1 WHERE stakeholder_id IS NOT NULL;
DROP TABLE consultation_v1;
CREATE INDEX consultation_stakeholder_stakeholder ON consultation_stakeholder(stakeholder_id);

-- revision counts the changes of a record's calendar event (its SEQUENCE in an iCalendar
-- export); baseline_* are the dates and amounts the council adopted.
ALTER TABLE action ADD COLUMN revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0);
ALTER TABLE action ADD COLUMN baseline_start TEXT;
ALTER TABLE action ADD COLUMN baseline_end TEXT;
ALTER TABLE milestone ADD COLUMN revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0);
ALTER TABLE milestone ADD COLUMN baseline_due TEXT;
ALTER TABLE budget_line ADD COLUMN committed_cents INTEGER NOT NULL DEFAULT 0
    CHECK (committed_cents >= 0);
ALTER TABLE budget_line ADD COLUMN baseline_planned_cents INTEGER
    CHECK (baseline_planned_cents IS NULL OR baseline_planned_cents >= 0);
CREATE INDEX milestone_due ON milestone(due_date);

-- An indicator keeps every measured value with its date; how values combine (each one the
-- total so far, or one period's amount to add up) is the indicator's. Its index goes with the
-- old table's name, and is made again on the new one.
DROP INDEX indicator_action;
ALTER TABLE indicator RENAME TO indicator_v1;
CREATE TABLE indicator (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    action_id TEXT NOT NULL REFERENCES action(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    unit TEXT NOT NULL DEFAULT '',
    baseline REAL,
    target REAL,
    frequency TEXT NOT NULL DEFAULT '',
    data_source TEXT NOT NULL DEFAULT '',
    aggregation TEXT NOT NULL DEFAULT 'latest' CHECK (aggregation IN ('latest', 'sum'))
);
INSERT INTO indicator (id, created_at, updated_at, origin_city, action_id, name, unit, baseline,
                       target)
    SELECT id, created_at, updated_at, origin_city, action_id, name, unit, baseline, target
    FROM indicator_v1;
CREATE INDEX indicator_action ON indicator(action_id);

CREATE TABLE indicator_value (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    indicator_id TEXT NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    measured_on TEXT NOT NULL,
    value REAL NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
INSERT INTO indicator_value (id, created_at, updated_at, origin_city, indicator_id, measured_on,
                             value)
    SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
               || substr(lower(hex(randomblob(2))), 2) || '-'
               || substr('89ab', 1 + abs(random() % 4), 1)
               || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
           updated_at, updated_at, origin_city, id,
           coalesce(measured_on, substr(updated_at, 1, 10)), current
    FROM indicator_v1 WHERE current IS NOT NULL;
DROP TABLE indicator_v1;
CREATE INDEX indicator_value_indicator ON indicator_value(indicator_id, measured_on);
