package fr.fichesmetiers.fiche;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Schema version 2: the tables of Spring Batch's job repository, made once by Spring Batch's own script for the
 * database in use (from the spring-batch-core jar, never copied into ours). A database that has them already (a
 * data directory of release 0.1.0, where Boot made them at every start) keeps them as they are.
 */
final class BatchSchemaMigration implements JavaMigration {

    /** The table Spring Batch creates first: present, the job repository is there. */
    private static final String FIRST_TABLE = "BATCH_JOB_INSTANCE";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "spring batch job repository";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (hasTable(connection, FIRST_TABLE)) {
            return;
        }
        ClassPathResource script = scriptFor(connection.getMetaData());
        new ResourceDatabasePopulator(script).populate(connection);
    }

    /** Spring Batch's schema script for the database, {@code org/springframework/batch/core/schema-h2.sql}. */
    static ClassPathResource scriptFor(DatabaseMetaData database) throws SQLException {
        String platform = DatabaseDriver.fromProductName(database.getDatabaseProductName()).getId();
        ClassPathResource script = new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql");
        if (!script.exists()) {
            throw new IllegalStateException(
                    "Spring Batch has no schema script for " + database.getDatabaseProductName());
        }
        return script;
    }

    /** Whether the current schema has the table (H2 keeps unquoted names in upper case, PostgreSQL in lower). */
    private static boolean hasTable(Connection connection, String name) throws SQLException {
        DatabaseMetaData database = connection.getMetaData();
        for (String spelled : new String[] {name, name.toLowerCase(Locale.ROOT)}) {
            try (ResultSet tables = database.getTables(connection.getCatalog(), connection.getSchema(), spelled,
                    new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
