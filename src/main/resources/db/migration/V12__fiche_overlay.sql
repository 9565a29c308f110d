-- Values an office added to published profiles with import --update (issue 13). Portable SQL: H2 2.x and
-- PostgreSQL 13+.
--
-- An update changes the cells it gives of the published profiles, and the catalog version it publishes holds the
-- result like any other. The cells are also kept here, one row per profile and column (the latest value wins), so
-- that a later full import run with --keep-updates lays them over the rows of its file again (ONISEP's next edition
-- has no employability: the office's stays). show names the values that come from here.
CREATE TABLE fiche_overlay (
    fiche_id        VARCHAR(64)     NOT NULL,
    column_name     VARCHAR(64)     NOT NULL,
    cell_value      VARCHAR(100000) NOT NULL,
    source_file     VARCHAR(1000)   NOT NULL,
    updated_at      TIMESTAMP       NOT NULL,
    PRIMARY KEY (fiche_id, column_name)
);

-- The cells of an update until its publication copies them into fiche_overlay (in the same transaction).
CREATE TABLE staged_overlay (
    job_instance_id BIGINT          NOT NULL,
    fiche_id        VARCHAR(64)     NOT NULL,
    column_name     VARCHAR(64)     NOT NULL,
    cell_value      VARCHAR(100000) NOT NULL,
    source_file     VARCHAR(1000)   NOT NULL,
    PRIMARY KEY (job_instance_id, fiche_id, column_name)
);
