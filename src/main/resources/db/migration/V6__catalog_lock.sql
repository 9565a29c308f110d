-- Catalog publication one at a time (issue 17): a publisher reads this one row FOR UPDATE before it computes the
-- next version number, so that a second publisher waits for the first to commit and then numbers after it,
-- rather than failing on a duplicate key. The same on H2 and PostgreSQL.
CREATE TABLE catalog_lock (
    lock_id         INTEGER         NOT NULL PRIMARY KEY,
    publications    BIGINT          NOT NULL
);
INSERT INTO catalog_lock (lock_id, publications) VALUES (1, 0);
