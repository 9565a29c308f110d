-- Every import asks, for each FAQ row it reads, whether the catalog holds that entry already (then it stages the
-- hash alone). Without an index of its own the database read each entry whole, long answer included, to give
-- two short columns: on 10 000 profiles the question took 9.0 s of a night's import in a fresh process, 3.8 s
-- with this index (issue 19; both on a busy 2-core machine). Each new entry costs one more index write, which a
-- full import of 50 000 entries pays once. Portable SQL: H2 2.x and PostgreSQL 13+.
CREATE INDEX faq_entry_hashes ON faq_entry (fiche_id, entry_hash);
