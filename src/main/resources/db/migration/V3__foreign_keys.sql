-- Foreign keys where the model has them: a version's entries name that version and a stored revision; a
-- revision's texts and FAQ entries belong to it. Staging and rejects (keyed by a Spring Batch job instance) have
-- none: they are an import's work area, emptied by the import itself, by abandon and by purge.
--
-- Rows breaking these links could only be left by a failure of an earlier build. No query reads them (every read
-- joins through the revision and its version) and the constraints cannot be added over them: they are removed.
DELETE FROM catalog_entry WHERE NOT EXISTS (SELECT 1 FROM catalog_version v
    WHERE v.version_id = catalog_entry.version_id);
DELETE FROM catalog_entry WHERE NOT EXISTS (SELECT 1 FROM fiche_revision r
    WHERE r.fiche_id = catalog_entry.fiche_id AND r.content_hash = catalog_entry.content_hash);
DELETE FROM fiche_text WHERE NOT EXISTS (SELECT 1 FROM fiche_revision r
    WHERE r.fiche_id = fiche_text.fiche_id AND r.content_hash = fiche_text.content_hash);
DELETE FROM faq_entry WHERE NOT EXISTS (SELECT 1 FROM fiche_revision r
    WHERE r.fiche_id = faq_entry.fiche_id AND r.content_hash = faq_entry.content_hash);

-- The versions that publish a revision. H2 would make an index for the foreign key by itself and PostgreSQL
-- would not; both need it to remove a revision (purge) without reading every version's entries.
CREATE INDEX catalog_entry_by_revision ON catalog_entry (fiche_id, content_hash);

ALTER TABLE catalog_entry ADD CONSTRAINT catalog_entry_version
    FOREIGN KEY (version_id) REFERENCES catalog_version (version_id);
ALTER TABLE catalog_entry ADD CONSTRAINT catalog_entry_revision
    FOREIGN KEY (fiche_id, content_hash) REFERENCES fiche_revision (fiche_id, content_hash);
ALTER TABLE fiche_text ADD CONSTRAINT fiche_text_revision
    FOREIGN KEY (fiche_id, content_hash) REFERENCES fiche_revision (fiche_id, content_hash);
ALTER TABLE faq_entry ADD CONSTRAINT faq_entry_revision
    FOREIGN KEY (fiche_id, content_hash) REFERENCES fiche_revision (fiche_id, content_hash);
