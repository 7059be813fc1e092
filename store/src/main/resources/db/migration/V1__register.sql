-- The register as imported from the party's extracts (docs/store.md). One file for SQLite and
-- PostgreSQL: only types and statements both take the same way (TEXT, BIGINT, SMALLINT, composite
-- primary keys, foreign keys, CHECK). Values are the canonical text of electorate.changes.RecordKind,
-- the same text the change log shows; ids are given by the store, not by the database (SQLite's
-- INTEGER PRIMARY KEY and PostgreSQL's identity columns are not written alike).
--
-- added_in, changed_in and change_log.import_id name the import that wrote the row, in the same
-- transaction as its imports row; they have no foreign key, because PostgreSQL checks each one by a
-- trigger per row, which took 40% of a first import (200,000 records: 14.6 s with them, 8.5 s
-- without). The records' clp keeps its foreign key: one check per row, not measurable.

-- One row. Every write transaction updates it first, which serialises writers on both databases.
CREATE TABLE register_state (
  id SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
  last_import BIGINT NOT NULL
);
INSERT INTO register_state (id, last_import) VALUES (1, 0);

-- One row per import that changed something (an import that changes nothing leaves no row).
CREATE TABLE imports (
  id BIGINT NOT NULL PRIMARY KEY,
  imported_at TEXT NOT NULL
);

-- The files of an import, one per kind, with what each did.
CREATE TABLE import_files (
  import_id BIGINT NOT NULL REFERENCES imports (id),
  kind TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  added BIGINT NOT NULL,
  changed BIGINT NOT NULL,
  returned BIGINT NOT NULL,
  withdrawn BIGINT NOT NULL,
  unchanged BIGINT NOT NULL,
  PRIMARY KEY (import_id, kind)
);

-- Snapshot kinds: the latest values of every record ever imported. present = 1 while the latest
-- extract of the kind has the record, 0 once it has been withdrawn (kept, out of the register).
CREATE TABLE clps (
  code TEXT NOT NULL PRIMARY KEY,
  name TEXT NOT NULL,
  region TEXT NOT NULL,
  present SMALLINT NOT NULL CHECK (present IN (0, 1)),
  added_in BIGINT NOT NULL,
  changed_in BIGINT NOT NULL
);

CREATE TABLE members (
  membership_number TEXT NOT NULL PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  postcode TEXT NOT NULL,
  clp TEXT NOT NULL REFERENCES clps (code),
  joined_on TEXT NOT NULL,
  status TEXT NOT NULL,
  paid_up_to TEXT NOT NULL,
  suspended_from TEXT NOT NULL,
  suspended_until TEXT NOT NULL,
  suspension_reason TEXT NOT NULL,
  present SMALLINT NOT NULL CHECK (present IN (0, 1)),
  added_in BIGINT NOT NULL,
  changed_in BIGINT NOT NULL
);

CREATE TABLE registered_supporters (
  reference TEXT NOT NULL PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  postcode TEXT NOT NULL,
  clp TEXT NOT NULL REFERENCES clps (code),
  membership_number TEXT NOT NULL,
  applied_at TEXT NOT NULL,
  paid_at TEXT NOT NULL,
  amount_pence TEXT NOT NULL,
  vetting TEXT NOT NULL,
  present SMALLINT NOT NULL CHECK (present IN (0, 1)),
  added_in BIGINT NOT NULL,
  changed_in BIGINT NOT NULL
);

CREATE TABLE affiliated_supporters (
  affiliate TEXT NOT NULL,
  reference TEXT NOT NULL,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  postcode TEXT NOT NULL,
  clp TEXT NOT NULL REFERENCES clps (code),
  membership_number TEXT NOT NULL,
  registered_on TEXT NOT NULL,
  vetting TEXT NOT NULL,
  present SMALLINT NOT NULL CHECK (present IN (0, 1)),
  added_in BIGINT NOT NULL,
  changed_in BIGINT NOT NULL,
  PRIMARY KEY (affiliate, reference)
);

-- Decisions, append-only: rows are inserted, never updated or deleted.
CREATE TABLE exclusions (
  section TEXT NOT NULL,
  affiliate TEXT NOT NULL,
  reference TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  decided_by TEXT NOT NULL,
  reason TEXT NOT NULL,
  added_in BIGINT NOT NULL,
  PRIMARY KEY (section, affiliate, reference, decided_at, decided_by)
);

-- Append-only: every change an import made, in key order within the import. change_kind is added,
-- changed (one row per field, with its old and new text), withdrawn or returned; field, old_value
-- and new_value are NULL except on changed rows.
CREATE TABLE change_log (
  import_id BIGINT NOT NULL,
  seq BIGINT NOT NULL,
  kind TEXT NOT NULL,
  record_key TEXT NOT NULL,
  change_kind TEXT NOT NULL CHECK (change_kind IN ('added', 'changed', 'withdrawn', 'returned')),
  field TEXT,
  old_value TEXT,
  new_value TEXT,
  PRIMARY KEY (import_id, seq)
);
CREATE INDEX change_log_by_record ON change_log (record_key);
