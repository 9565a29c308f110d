package fr.fichesmetiers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database the tests run on: H2 by default, PostgreSQL with {@code -Dfiches.test.database=postgresql}. On H2
 * each test class (or test folder) has its own in-memory database, or the file database of its data directory; on
 * PostgreSQL its own schema of one database, made empty the first time this JVM uses it. The server is named by
 * {@code fiches.test.postgresql.url}, {@code .user}, {@code .password} (system properties) or
 * {@code FICHES_TEST_POSTGRESQL_URL}, {@code _USER}, {@code _PASSWORD} (environment), by default the local
 * cluster's {@code fiches} database and role, as {@code .ci/run} makes them.
 */
public final class TestDatabases {

    /** The schemas this JVM has already emptied: a test's later processes find what its earlier ones left. */
    private static final Set<String> PREPARED = ConcurrentHashMap.newKeySet();

    /** A database to connect to; {@code url == null}: the application's default (H2 in the data directory). */
    public record Database(String url, String user, String password) {

        /** Boot arguments that point the application at it (none for the default). */
        public List<String> bootArguments() {
            return url == null ? List.of() : List.of("--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + user, "--spring.datasource.password=" + password);
        }

        /** Environment variables that point a process of the tool at it (none for the default). */
        public Map<String, String> environment() {
            Map<String, String> environment = new LinkedHashMap<>();
            if (url != null) {
                environment.put("SPRING_DATASOURCE_URL", url);
                environment.put("SPRING_DATASOURCE_USERNAME", user);
                environment.put("SPRING_DATASOURCE_PASSWORD", password);
            }
            return environment;
        }

        /** Spring properties ({@code name=value}) that point an application context at it. */
        public Map<String, String> properties() {
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("spring.datasource.url", url);
            properties.put("spring.datasource.username", user);
            properties.put("spring.datasource.password", password);
            return properties;
        }

        public DataSource dataSource() {
            return new DriverManagerDataSource(url, user, password);
        }
    }

    private TestDatabases() {
    }

    public static boolean postgresql() {
        return "postgresql".equalsIgnoreCase(System.getProperty("fiches.test.database", "h2"));
    }

    /** The database of one test class (or one named purpose) running in this JVM. */
    public static Database inMemory(String name) {
        if (postgresql()) {
            return schema(name);
        }
        return new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /**
     * The database of the tool's processes working in a folder: on H2 the application's default (the file database
     * of its data directory), on PostgreSQL a schema of that folder's own.
     */
    public static Database forFolder(Path folder) {
        if (!postgresql()) {
            return new Database(null, null, null);
        }
        return schema("d_" + folder.toAbsolutePath().normalize());
    }

    /**
     * The same database as {@link #forFolder}, always with a URL, for a test that reads it itself once the
     * processes ended: on H2 the file database of the folder's {@code data/} directory.
     */
    public static Database readable(Path folder) {
        if (!postgresql()) {
            return new Database("jdbc:h2:file:" + folder.resolve("data/fiches-metiers").toAbsolutePath()
                    + ";AUTO_SERVER=TRUE", "sa", "");
        }
        return forFolder(folder);
    }

    /** A PostgreSQL schema of its own for this key (a class name, a folder), empty when first asked for. */
    public static Database schema(String key) {
        String schema = schemaName(key);
        String base = setting("url", "jdbc:postgresql://localhost:5432/fiches");
        String user = setting("user", "fiches");
        String password = setting("password", "fiches");
        if (PREPARED.add(schema)) {
            try (Connection connection = DriverManager.getConnection(base, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                statement.execute("CREATE SCHEMA " + schema);
            }
            catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL for the tests (" + base + ", user " + user + "): "
                        + e.getMessage(), e);
            }
        }
        return new Database(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
    }

    /** A valid, stable schema name: the key's readable end and a checksum of the whole of it. */
    static String schemaName(String key) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        String readable = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        if (readable.length() > 40) {
            readable = readable.substring(readable.length() - 40);
        }
        return "t_" + readable.replaceAll("^_+", "") + "_" + Long.toHexString(crc.getValue());
    }

    private static String setting(String name, String fallback) {
        String property = System.getProperty("fiches.test.postgresql." + name);
        if (property != null) {
            return property;
        }
        String environment = System.getenv("FICHES_TEST_POSTGRESQL_" + name.toUpperCase(Locale.ROOT));
        return environment != null ? environment : fallback;
    }
}
