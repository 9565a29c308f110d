package fr.fichesmetiers.fiche;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import fr.fichesmetiers.TestDatabases;


/**
 * A database of its own ({@link TestDatabases}: in-memory H2, or a PostgreSQL schema) migrated as the application
 * migrates its own, without Spring, and rows written as the jobs would write them: catalog versions, revisions,
 * staging, rejects, Spring Batch runs.
 */
final class TestDatabase {

    final DataSource dataSource;
    final JdbcTemplate jdbc;
    final PlatformTransactionManager transactionManager;
    final FicheRevisionStore revisions;

    TestDatabase() {
        DataSource database = TestDatabases.inMemory("db_" + UUID.randomUUID().toString().replace("-", ""))
                .dataSource();
        this.dataSource = database;
        Flyway.configure().dataSource(database).javaMigrations(new BatchSchemaMigration()).load().migrate();
        this.jdbc = new JdbcTemplate(database);
        this.transactionManager = new DataSourceTransactionManager(database);
        this.revisions = new FicheRevisionStore(jdbc);
    }

    void close() {
        if (!TestDatabases.postgresql()) {
            jdbc.execute("SHUTDOWN");
        }
    }

    /** A revision of a profile, with one FAQ entry whose hash is {@code faq-<id>-<hash>}. */
    void revision(String id, String hash) {
        Fiche sample = SampleFiches.complete();
        Fiche fiche = new Fiche(id, sample.title(), sample.guide(), sample.rome(), sample.romeVersion(),
                sample.fap(), sample.educationLevel(), sample.recommendedBac(), sample.employability(),
                sample.mobility(), sample.salary(), sample.sections(), sample.qualities(), java.util.List.of(),
                sample.details());
        revisions.storeMissing(java.util.List.of(new FicheRevision(fiche, hash)));
        jdbc.update("INSERT INTO faq_entry (fiche_id, content_hash, position, question, answer, entry_hash)"
                + " VALUES (?, ?, 0, 'Question ?', 'Réponse.', ?)", id, hash, "faq-" + id + "-" + hash);
    }

    /** A catalog version published by an execution, with its entries ({@code id:hash}). */
    void version(long version, Long execution, LocalDateTime publishedAt, String... entries) {
        jdbc.update("INSERT INTO catalog_version (version_id, published_at, job_execution_id, source_file,"
                + " source_checksum, source_encoding, source_delimiter, rows_read, rows_rejected, profiles, added,"
                + " changed, unchanged, kept, retired) VALUES (?, ?, ?, 'fiches.csv', 'x', 'UTF-8', ';', ?, 0, ?,"
                + " 0, 0, 0, 0, 0)", version, Timestamp.valueOf(publishedAt), execution, entries.length,
                entries.length);
        for (String entry : entries) {
            String[] key = entry.split(":");
            jdbc.update("INSERT INTO catalog_entry (version_id, fiche_id, content_hash) VALUES (?, ?, ?)", version,
                    key[0], key[1]);
        }
    }

    /** A run of Spring Batch: its instance, one execution with a parameter, contexts and a step. */
    void run(long instance, long execution, String job, String status, LocalDateTime created, LocalDateTime ended) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_INSTANCE_ID = ?", Integer.class,
                instance) == 0) {
            jdbc.update("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY)"
                    + " VALUES (?, 0, ?, ?)", instance, job, "key-" + instance);
        }
        jdbc.update("INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME,"
                + " START_TIME, END_TIME, STATUS, EXIT_CODE, EXIT_MESSAGE, LAST_UPDATED) VALUES (?, 1, ?, ?, ?, ?, ?,"
                + " ?, '', ?)", execution, instance, Timestamp.valueOf(created), Timestamp.valueOf(created),
                ended == null ? null : Timestamp.valueOf(ended), status, status, Timestamp.valueOf(created));
        jdbc.update("INSERT INTO BATCH_JOB_EXECUTION_PARAMS (JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_TYPE,"
                + " PARAMETER_VALUE, IDENTIFYING) VALUES (?, 'input', 'java.lang.String', 'input', 'Y')", execution);
        jdbc.update("INSERT INTO BATCH_JOB_EXECUTION_CONTEXT (JOB_EXECUTION_ID, SHORT_CONTEXT) VALUES (?, '{}')",
                execution);
        jdbc.update("INSERT INTO BATCH_STEP_EXECUTION (STEP_EXECUTION_ID, VERSION, STEP_NAME, JOB_EXECUTION_ID,"
                + " CREATE_TIME, STATUS) VALUES (?, 1, 'step', ?, ?, ?)", execution * 10, execution,
                Timestamp.valueOf(created), status);
        jdbc.update("INSERT INTO BATCH_STEP_EXECUTION_CONTEXT (STEP_EXECUTION_ID, SHORT_CONTEXT) VALUES (?, '{}')",
                execution * 10);
    }

    void staged(long instance, String id, String hash) {
        jdbc.update("INSERT INTO staged_fiche (job_instance_id, fiche_id, content_hash, line_number)"
                + " VALUES (?, ?, ?, 2)", instance, id, hash);
    }

    /** A FAQ row staged by its hash alone, its text to be copied from the catalog's entry with that hash. */
    void stagedFaqByHash(long instance, int line, String id, String entryHash) {
        jdbc.update("INSERT INTO staged_faq (job_instance_id, line_number, fiche_id, question, answer, entry_hash)"
                + " VALUES (?, ?, ?, NULL, NULL, ?)", instance, line, id, entryHash);
    }

    void reject(long instance, int line) {
        jdbc.update("INSERT INTO import_reject (job_instance_id, file_name, line_number, column_name, raw_value,"
                + " rule_code, message) VALUES (?, 'fiches.csv', ?, 'code_rome', 'M18O2', 'ROME_FORMAT', 'mal formé')",
                instance, line);
    }

    void document(String kind, String subject) {
        jdbc.update("INSERT INTO rendered_document (file_path, kind, subject, render_hash, file_sha256, file_size,"
                + " page_count, rendered_at) VALUES (?, ?, ?, 'h', 's', 1, 1, CURRENT_TIMESTAMP)",
                "/out/" + kind + "/" + subject + ".pdf", kind, subject);
    }

    int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    boolean hasRevision(String id, String hash) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM fiche_revision WHERE fiche_id = ? AND content_hash = ?",
                Integer.class, id, hash) == 1;
    }
}
