-- SPDX-License-Identifier: GPL-3.0-or-later
-- Passerelle city file, schema version 1. Documented in docs/file-format.md.
-- Every record table has: id (UUID text, lowercase, no braces), created_at and updated_at
-- (UTC, ISO 8601 with milliseconds and 'Z'), origin_city (the UUID of the city whose file first
-- held the record). Dates are 'YYYY-MM-DD'. Statements are separated by a line ending in ';'.

CREATE TABLE file_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- Which columns hold personal data, so that sharing can remove them from the bytes of a copy.
-- private_flag_column NULL: always personal; otherwise personal only where that column is 1.
-- Its rows are written when the file is created, from the catalogue (core/catalogue), which
-- marks the personal columns of every table.
CREATE TABLE personal_data (
    table_name TEXT NOT NULL,
    column_name TEXT NOT NULL,
    private_flag_column TEXT,
    PRIMARY KEY (table_name, column_name)
);

CREATE TABLE city (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    country TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    population INTEGER CHECK (population IS NULL OR population >= 0),
    population_year INTEGER,
    population_source TEXT NOT NULL DEFAULT ''
);

CREATE TABLE theme (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    builtin_key TEXT UNIQUE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position INTEGER NOT NULL DEFAULT 0
);

-- Narrative sections of the migration profile (legal framework, local expertise, skills, ...).
CREATE TABLE profile_section (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    section_key TEXT NOT NULL UNIQUE CHECK (section_key IN ('legal_framework', 'local_expertise',
        'skills', 'administration_relations', 'society_relations', 'overview')),
    body TEXT NOT NULL DEFAULT '',
    sources TEXT NOT NULL DEFAULT ''
);

-- Key figures of the profile; each has a source and a year.
CREATE TABLE profile_figure (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    label TEXT NOT NULL CHECK (length(trim(label)) > 0),
    value REAL NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    year INTEGER NOT NULL CHECK (year BETWEEN 1800 AND 2200),
    source TEXT NOT NULL DEFAULT '',
    theme_id TEXT REFERENCES theme(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE migrant_origin (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    country TEXT NOT NULL CHECK (length(trim(country)) > 0),
    number INTEGER NOT NULL CHECK (number >= 0),
    year INTEGER NOT NULL CHECK (year BETWEEN 1800 AND 2200),
    source TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE district (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    population INTEGER CHECK (population IS NULL OR population >= 0),
    migrant_population INTEGER CHECK (migrant_population IS NULL OR migrant_population >= 0),
    year INTEGER CHECK (year IS NULL OR year BETWEEN 1800 AND 2200),
    source TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE stakeholder (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    -- The name folded (case, accents, spacing) by the core: uniqueness and accent-blind search.
    name_key TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('municipal', 'government_agency', 'service_provider', 'ngo',
        'migrant_association', 'religious', 'private_sector', 'academia', 'international')),
    level TEXT NOT NULL DEFAULT 'local'
        CHECK (level IN ('local', 'regional', 'national', 'international')),
    influence INTEGER NOT NULL DEFAULT 3 CHECK (influence BETWEEN 1 AND 5),
    interest INTEGER NOT NULL DEFAULT 3 CHECK (interest BETWEEN 1 AND 5),
    stance TEXT NOT NULL DEFAULT 'unknown'
        CHECK (stance IN ('champion', 'supportive', 'neutral', 'sceptical', 'opposed', 'unknown')),
    website TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    notes_private INTEGER NOT NULL DEFAULT 0 CHECK (notes_private IN (0, 1)),
    network_x REAL,
    network_y REAL
);
CREATE UNIQUE INDEX stakeholder_name_key ON stakeholder(name_key);

CREATE TABLE stakeholder_theme (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    stakeholder_id TEXT NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
    theme_id TEXT NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
    UNIQUE (stakeholder_id, theme_id)
);
CREATE INDEX stakeholder_theme_theme ON stakeholder_theme(theme_id);

CREATE TABLE contact_person (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    stakeholder_id TEXT NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    preferred_language TEXT NOT NULL DEFAULT '',
    consent_to_contact INTEGER NOT NULL DEFAULT 0 CHECK (consent_to_contact IN (0, 1))
);
CREATE INDEX contact_person_stakeholder ON contact_person(stakeholder_id);

CREATE TABLE stakeholder_relation (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    from_id TEXT NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
    to_id TEXT NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
    kind TEXT NOT NULL
        CHECK (kind IN ('partnership', 'funding', 'referral', 'coordination', 'tension')),
    strength INTEGER NOT NULL DEFAULT 3 CHECK (strength BETWEEN 1 AND 5),
    notes TEXT NOT NULL DEFAULT '',
    CHECK (from_id <> to_id),
    UNIQUE (from_id, to_id, kind)
);
CREATE INDEX stakeholder_relation_to ON stakeholder_relation(to_id);

CREATE TABLE engagement (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    stakeholder_id TEXT NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('meeting', 'call', 'consultation', 'email', 'event')),
    summary TEXT NOT NULL DEFAULT '',
    follow_up_date TEXT,
    follow_up_done INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1))
);
CREATE INDEX engagement_stakeholder ON engagement(stakeholder_id, date);

-- The City Stakeholder Group: members, meetings, attendance, decisions.
CREATE TABLE group_member (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    stakeholder_id TEXT NOT NULL UNIQUE REFERENCES stakeholder(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT '',
    joined_on TEXT
);

CREATE TABLE group_meeting (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    date TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    agenda TEXT NOT NULL DEFAULT '',
    minutes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE meeting_attendance (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    meeting_id TEXT NOT NULL REFERENCES group_meeting(id) ON DELETE CASCADE,
    member_id TEXT NOT NULL REFERENCES group_member(id) ON DELETE CASCADE,
    UNIQUE (meeting_id, member_id)
);
CREATE INDEX meeting_attendance_member ON meeting_attendance(member_id);

CREATE TABLE meeting_decision (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    meeting_id TEXT NOT NULL REFERENCES group_meeting(id) ON DELETE CASCADE,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX meeting_decision_meeting ON meeting_decision(meeting_id);

-- Service-access checklists.
CREATE TABLE checklist_template (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    template_key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))
);

CREATE TABLE checklist_area (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    template_id TEXT NOT NULL REFERENCES checklist_template(id) ON DELETE CASCADE,
    area_key TEXT NOT NULL,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    theme_id TEXT REFERENCES theme(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (template_id, area_key)
);

CREATE TABLE checklist_item (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    area_id TEXT NOT NULL REFERENCES checklist_area(id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    statement TEXT NOT NULL CHECK (length(trim(statement)) > 0),
    guidance TEXT NOT NULL DEFAULT '',
    theme_id TEXT REFERENCES theme(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,
    added_in_version INTEGER NOT NULL DEFAULT 1,
    retired_on TEXT,
    UNIQUE (area_id, item_key)
);

CREATE TABLE assessment_round (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    template_id TEXT NOT NULL REFERENCES checklist_template(id) ON DELETE RESTRICT,
    label TEXT NOT NULL UNIQUE CHECK (length(trim(label)) > 0),
    held_on TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE round_participant (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    round_id TEXT NOT NULL REFERENCES assessment_round(id) ON DELETE CASCADE,
    stakeholder_id TEXT NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
    UNIQUE (round_id, stakeholder_id)
);

CREATE TABLE answer (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    round_id TEXT NOT NULL REFERENCES assessment_round(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL REFERENCES checklist_item(id) ON DELETE CASCADE,
    value TEXT NOT NULL
        CHECK (value IN ('met', 'partly_met', 'not_met', 'unknown', 'not_applicable')),
    evidence TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    evidence_date TEXT,
    answered_by TEXT NOT NULL DEFAULT '',
    UNIQUE (round_id, item_id)
);
CREATE INDEX answer_item ON answer(item_id);

-- Priorities document and action plan.
CREATE TABLE priority (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    theme_id TEXT REFERENCES theme(id) ON DELETE SET NULL,
    rationale TEXT NOT NULL DEFAULT '',
    rank INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'validated', 'adopted')),
    validated_on TEXT,
    adopted_on TEXT
);

-- Evidence a priority rests on: a checklist item (a gap) or a profile figure.
CREATE TABLE priority_evidence (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    priority_id TEXT NOT NULL REFERENCES priority(id) ON DELETE CASCADE,
    item_id TEXT REFERENCES checklist_item(id) ON DELETE CASCADE,
    figure_id TEXT REFERENCES profile_figure(id) ON DELETE CASCADE,
    note TEXT NOT NULL DEFAULT '',
    CHECK ((item_id IS NULL) <> (figure_id IS NULL))
);

CREATE TABLE consultation (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    priority_id TEXT NOT NULL REFERENCES priority(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    participants TEXT NOT NULL DEFAULT '',
    stakeholder_id TEXT REFERENCES stakeholder(id) ON DELETE SET NULL,
    summary TEXT NOT NULL DEFAULT ''
);

CREATE TABLE action (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    priority_id TEXT NOT NULL REFERENCES priority(id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    lead_id TEXT REFERENCES stakeholder(id) ON DELETE SET NULL,
    start_date TEXT,
    end_date TEXT,
    status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'in_progress', 'done', 'delayed', 'cancelled')),
    position INTEGER NOT NULL DEFAULT 0,
    CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX action_priority ON action(priority_id);

CREATE TABLE action_partner (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    action_id TEXT NOT NULL REFERENCES action(id) ON DELETE CASCADE,
    stakeholder_id TEXT NOT NULL REFERENCES stakeholder(id) ON DELETE CASCADE,
    UNIQUE (action_id, stakeholder_id)
);

CREATE TABLE milestone (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    action_id TEXT NOT NULL REFERENCES action(id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    due_date TEXT NOT NULL,
    done_on TEXT
);
CREATE INDEX milestone_action ON milestone(action_id);

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
    current REAL,
    measured_on TEXT
);
CREATE INDEX indicator_action ON indicator(action_id);

-- Amounts in cents of the currency, to keep sums exact.
CREATE TABLE budget_line (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    action_id TEXT NOT NULL REFERENCES action(id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    funding_source TEXT NOT NULL CHECK (length(trim(funding_source)) > 0),
    currency TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    planned_cents INTEGER NOT NULL DEFAULT 0 CHECK (planned_cents >= 0),
    spent_cents INTEGER NOT NULL DEFAULT 0 CHECK (spent_cents >= 0)
);
CREATE INDEX budget_line_action ON budget_line(action_id);

CREATE TABLE progress_entry (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    action_id TEXT NOT NULL REFERENCES action(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    author TEXT NOT NULL DEFAULT ''
);
CREATE INDEX progress_entry_action ON progress_entry(action_id, date);

-- Twinning and exchange.
CREATE TABLE partner_city (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    country TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('mentor', 'mentee', 'peer')),
    partner_city_uuid TEXT,
    since TEXT,
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE exchange (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    partner_id TEXT REFERENCES partner_city(id) ON DELETE SET NULL,
    kind TEXT NOT NULL
        CHECK (kind IN ('study_visit', 'peer_learning', 'training_academy', 'online_meeting')),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    start_date TEXT NOT NULL,
    end_date TEXT,
    place TEXT NOT NULL DEFAULT '',
    theme_id TEXT REFERENCES theme(id) ON DELETE SET NULL,
    participants TEXT NOT NULL DEFAULT '',
    lessons TEXT NOT NULL DEFAULT '',
    CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE TABLE good_practice (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    origin_city TEXT NOT NULL,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    city_name TEXT NOT NULL DEFAULT '',
    theme_id TEXT REFERENCES theme(id) ON DELETE SET NULL,
    description TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    partner_id TEXT REFERENCES partner_city(id) ON DELETE SET NULL
);
