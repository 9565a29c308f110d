-- Profiles with gaps, and what real profiles carry (issue 12). Portable SQL: H2 2.x and PostgreSQL 13+.
--
-- The facts national open data lacks may now be unknown: an unknown fact is NULL, never a zero.
ALTER TABLE fiche_revision ALTER COLUMN fap_code DROP NOT NULL;
ALTER TABLE fiche_revision ALTER COLUMN education_level DROP NOT NULL;
ALTER TABLE fiche_revision ALTER COLUMN employability DROP NOT NULL;
ALTER TABLE fiche_revision ALTER COLUMN mobility DROP NOT NULL;
ALTER TABLE fiche_revision ALTER COLUMN starting_salary DROP NOT NULL;
ALTER TABLE fiche_revision ALTER COLUMN experienced_salary DROP NOT NULL;

-- The ROME version a code was read as ('v3' or '4.0'): the same code has another label in each. Every revision
-- stored before was read as v3.
ALTER TABLE fiche_revision ADD COLUMN rome_version VARCHAR(8) DEFAULT 'v3' NOT NULL;
-- Short facts, with the others: the feminine title and the day the facts were last checked.
ALTER TABLE fiche_revision ADD COLUMN feminine_title VARCHAR(120);
ALTER TABLE fiche_revision ADD COLUMN facts_date DATE;

-- Lists and the source, with the long texts (only a whole profile reads them). A list is its items one per line
-- (no item holds a line break); a link is its URL, a tab and its label. NULL: none.
ALTER TABLE fiche_text ADD COLUMN formations VARCHAR(100000);
ALTER TABLE fiche_text ADD COLUMN related_professions VARCHAR(100000);
ALTER TABLE fiche_text ADD COLUMN links VARCHAR(100000);
ALTER TABLE fiche_text ADD COLUMN source_text VARCHAR(2000);
