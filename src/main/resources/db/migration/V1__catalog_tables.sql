-- Catalog storage as release 0.1.0 made it. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- Text sections are VARCHAR (not CLOB/TEXT) so that H2 keeps them inline; the import caps their length.
--
-- Flyway runs this once per database. It is written to be a no-op on a database that already has these tables
-- (IF NOT EXISTS throughout): data directories made before schema migrations existed are baselined at version 0
-- (spring.flyway.baseline-on-migrate) and then go through it like a new database, which also brings the layouts
-- of builds before 0.1.0 up to it (the statements at the end). Never edit it: later changes are new versions.

-- Immutable profile content, addressed by (id, content hash): a revision is written once and shared by
-- every catalog version that publishes it.
CREATE TABLE IF NOT EXISTS fiche_revision (
    fiche_id            VARCHAR(64)     NOT NULL,
    content_hash        VARCHAR(64)     NOT NULL,
    title               VARCHAR(120)    NOT NULL,
    guide               VARCHAR(120)    NOT NULL,
    rome_code           VARCHAR(5)      NOT NULL,
    fap_code            VARCHAR(5)      NOT NULL,
    education_level     VARCHAR(20)     NOT NULL,
    recommended_bac     VARCHAR(60),
    employability       VARCHAR(20)     NOT NULL,
    mobility            VARCHAR(20)     NOT NULL,
    starting_salary     NUMERIC(9, 2)   NOT NULL,
    experienced_salary  NUMERIC(9, 2)   NOT NULL,
    created_at          TIMESTAMP       NOT NULL,
    -- When a catalog version first published this content: the date its brochure prints. Set once, by the
    -- publication, so that finding it never reads the catalog's whole history.
    first_published_at  TIMESTAMP,
    PRIMARY KEY (fiche_id, content_hash)
);

-- A revision's long texts, apart from its facts: listing, sorting, scaling and comparing a catalog read only
-- the facts, and a row of facts stays small enough to scan tens of thousands of them quickly.
CREATE TABLE IF NOT EXISTS fiche_text (
    fiche_id            VARCHAR(64)     NOT NULL,
    content_hash        VARCHAR(64)     NOT NULL,
    summary_text        VARCHAR(100000) NOT NULL,
    role_text           VARCHAR(100000),
    missions_text       VARCHAR(100000),
    responsibilities_text VARCHAR(100000),
    skills_text         VARCHAR(100000),
    qualities_text      VARCHAR(100000),
    access_text         VARCHAR(100000),
    salary_text         VARCHAR(100000),
    career_text         VARCHAR(100000),
    pros_cons_text      VARCHAR(100000),
    becoming_text       VARCHAR(100000),
    quality_list        VARCHAR(4000),
    PRIMARY KEY (fiche_id, content_hash)
);

CREATE TABLE IF NOT EXISTS faq_entry (
    fiche_id        VARCHAR(64)     NOT NULL,
    content_hash    VARCHAR(64)     NOT NULL,
    position        INTEGER         NOT NULL,
    question        VARCHAR(2000)   NOT NULL,
    answer          VARCHAR(100000) NOT NULL,
    -- The hash of the question and answer: an import stages an entry the catalog already holds by this alone.
    entry_hash      VARCHAR(64),
    PRIMARY KEY (fiche_id, content_hash, position)
);

-- One row per successful import. The published catalog is the version with the highest id.
CREATE TABLE IF NOT EXISTS catalog_version (
    version_id          BIGINT          NOT NULL PRIMARY KEY,
    published_at        TIMESTAMP       NOT NULL,
    job_execution_id    BIGINT,
    source_file         VARCHAR(1000)   NOT NULL,
    source_checksum     VARCHAR(64)     NOT NULL,
    source_encoding     VARCHAR(40)     NOT NULL,
    source_delimiter    VARCHAR(8)      NOT NULL,
    faq_file            VARCHAR(1000),
    faq_checksum        VARCHAR(64),
    rows_read           INTEGER         NOT NULL,
    rows_rejected       INTEGER         NOT NULL,
    profiles            INTEGER         NOT NULL,
    added               INTEGER         NOT NULL,
    changed             INTEGER         NOT NULL,
    unchanged           INTEGER         NOT NULL,
    kept                INTEGER         NOT NULL,
    retired             INTEGER         NOT NULL
);

-- Which revision of each profile a version publishes. Retired profiles are simply absent from later
-- versions; their history stays in earlier ones.
CREATE TABLE IF NOT EXISTS catalog_entry (
    version_id      BIGINT          NOT NULL,
    fiche_id        VARCHAR(64)     NOT NULL,
    content_hash    VARCHAR(64)     NOT NULL,
    PRIMARY KEY (version_id, fiche_id)
);

-- Staging area of one import (keyed by job instance, so that a restart finds it again).
CREATE TABLE IF NOT EXISTS staged_fiche (
    job_instance_id BIGINT          NOT NULL,
    fiche_id        VARCHAR(64)     NOT NULL,
    content_hash    VARCHAR(64)     NOT NULL,
    line_number     INTEGER         NOT NULL,
    PRIMARY KEY (job_instance_id, fiche_id)
);

CREATE TABLE IF NOT EXISTS staged_faq (
    job_instance_id BIGINT          NOT NULL,
    line_number     INTEGER         NOT NULL,
    fiche_id        VARCHAR(64)     NOT NULL,
    -- Empty when the catalog already holds this question and answer (found by entry_hash).
    question        VARCHAR(2000),
    answer          VARCHAR(100000),
    entry_hash      VARCHAR(64)     NOT NULL,
    PRIMARY KEY (job_instance_id, line_number)
);

CREATE TABLE IF NOT EXISTS import_reject (
    job_instance_id BIGINT          NOT NULL,
    file_name       VARCHAR(255)    NOT NULL,
    line_number     INTEGER         NOT NULL,
    column_name     VARCHAR(255)    NOT NULL,
    raw_value       VARCHAR(255),
    rule_code       VARCHAR(40)     NOT NULL,
    message         VARCHAR(2000)   NOT NULL,
    fiche_id        VARCHAR(64)
);
CREATE INDEX IF NOT EXISTS import_reject_instance ON import_reject (job_instance_id, line_number);

-- Every document the renderers wrote, with the hash of what it was made from: a document whose inputs did not
-- change is not rendered again.
CREATE TABLE IF NOT EXISTS rendered_document (
    file_path       VARCHAR(1000)   NOT NULL PRIMARY KEY,
    kind            VARCHAR(20)     NOT NULL,
    subject         VARCHAR(120)    NOT NULL,
    render_hash     VARCHAR(64)     NOT NULL,
    file_sha256     VARCHAR(64)     NOT NULL,
    file_size       BIGINT          NOT NULL,
    page_count      INTEGER         NOT NULL,
    rendered_at     TIMESTAMP       NOT NULL
);

-- Look-ups by profile: the FAQ staged for a chunk of profiles, and the rejected rows of the profiles a version
-- keeps (without them, both are full scans and imports grow with the square of the catalog).
CREATE INDEX IF NOT EXISTS staged_faq_by_fiche ON staged_faq (fiche_id, job_instance_id);
CREATE INDEX IF NOT EXISTS import_reject_by_fiche ON import_reject (fiche_id, job_instance_id);

-- Columns added after the first tables were created: a data directory made by a build before 0.1.0 gets them.
ALTER TABLE fiche_revision ADD COLUMN IF NOT EXISTS first_published_at TIMESTAMP;
ALTER TABLE staged_faq ADD COLUMN IF NOT EXISTS entry_hash VARCHAR(64);
ALTER TABLE staged_faq ALTER COLUMN question DROP NOT NULL;
ALTER TABLE staged_faq ALTER COLUMN answer DROP NOT NULL;
ALTER TABLE faq_entry ADD COLUMN IF NOT EXISTS entry_hash VARCHAR(64);
-- Indexes a build before 0.1.0 made and nothing reads any more: each cost a random write per new row at every
-- commit.
DROP INDEX IF EXISTS fiche_revision_hash;
DROP INDEX IF EXISTS catalog_entry_by_fiche;
DROP INDEX IF EXISTS faq_entry_by_entry;
