-- The source of a profile moves from its long texts to its short facts (issue 19). The comparison workbook
-- prints every profile's source: read from fiche_text, each profile's whole text was decoded to get it (40 % of
-- the workbook's time on 10 000 profiles). Portable SQL: H2 2.x and PostgreSQL 13+.
ALTER TABLE fiche_revision ADD COLUMN source_text VARCHAR(2000);
UPDATE fiche_revision SET source_text = (SELECT t.source_text FROM fiche_text t
    WHERE t.fiche_id = fiche_revision.fiche_id AND t.content_hash = fiche_revision.content_hash);
ALTER TABLE fiche_text DROP COLUMN source_text;
