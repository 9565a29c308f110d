-- Ids of ONISEP's records (issue 13). Portable SQL: H2 2.x and PostgreSQL 13+.
--
-- The first time an import reads an ONISEP record (MET.459) it gives it a readable id made from its title; this
-- table keeps that id, so that the next edition of ONISEP's file, even one renaming the job, updates the same
-- profile instead of adding a new one. Rows are never updated nor deleted by the tool.
CREATE TABLE onisep_profile (
    onisep_id       VARCHAR(40)     NOT NULL PRIMARY KEY,
    fiche_id        VARCHAR(64)     NOT NULL UNIQUE,
    first_title     VARCHAR(200),
    first_seen_at   TIMESTAMP       NOT NULL
);
