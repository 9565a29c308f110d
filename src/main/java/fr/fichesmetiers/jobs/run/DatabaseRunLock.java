package fr.fichesmetiers.jobs.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.CRC32;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run lock of a catalog shared in PostgreSQL: session-level advisory locks held by a connection of its own for
 * as long as the command runs. The server releases them when that connection ends, so a process killed on any host
 * (even by {@code kill -9}, or its machine powered off, once TCP keep-alive notices) never leaves them behind. The
 * connection's {@code application_name} says who holds them ({@code pid 1234@host, run nightly}), which is what a
 * refused launch prints. Keys are made of the database and schema, so that two catalogs of one server (two schemas)
 * never lock each other.
 */
final class DatabaseRunLock implements RunLock {

    /** Key classes (the first int of each two-int key): "FIC" and a letter. */
    private static final int CATALOG = 0x46494343;
    private static final int SHARD = 0x46494353;
    private static final int RECOVER = 0x46494352;
    /** PostgreSQL keeps 63 bytes of an application name. */
    private static final int NAME_LENGTH = 63;

    private static final Logger log = LoggerFactory.getLogger(DatabaseRunLock.class);
    private final Connection connection;
    private final String host;

    private DatabaseRunLock(Connection connection, String host) {
        this.connection = connection;
        this.host = host;
    }

    static DatabaseRunLock acquire(String url, String user, String password, String host, String description,
            Scope scope) throws SQLException, HeldException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", name(host, description));
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = DriverManager.getConnection(url, properties);
        try {
            connection.setAutoCommit(true);
            int catalog = key(connection, "");
            if (scope.recover()) {
                take(connection, "pg_try_advisory_lock", RECOVER, catalog);
            }
            else if (scope.shard() == null) {
                take(connection, "pg_try_advisory_lock", CATALOG, catalog);
            }
            else {
                take(connection, "pg_try_advisory_lock_shared", CATALOG, catalog);
                take(connection, "pg_try_advisory_lock", SHARD, key(connection, "/" + scope.shard()));
            }
            return new DatabaseRunLock(connection, host);
        }
        catch (SQLException | HeldException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Takes one lock, or names who holds it (a holder that let go in between: taken again, a few times). */
    private static void take(Connection connection, String function, int kind, int key)
            throws SQLException, HeldException {
        for (int attempt = 0; attempt < 5; attempt++) {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?, ?)")) {
                statement.setInt(1, kind);
                statement.setInt(2, key);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    if (result.getBoolean(1)) {
                        return;
                    }
                }
            }
            List<String> holders = holders(connection, kind, key);
            if (!holders.isEmpty()) {
                throw new HeldException(String.join(" ; ", holders));
            }
        }
        throw new HeldException("?");
    }

    /** The application names of the sessions that hold a lock (any host, any mode). */
    private static List<String> holders(Connection connection, int kind, int key) throws SQLException {
        List<String> holders = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT a.application_name FROM pg_locks l"
                + " JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted"
                + " AND l.classid = CAST(CAST(? AS BIGINT) AS OID) AND l.objid = CAST(CAST(? AS BIGINT) AS OID)"
                + " AND l.objsubid = 2 AND l.pid <> pg_backend_pid() ORDER BY a.backend_start")) {
            statement.setLong(1, kind);
            statement.setLong(2, key);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String name = result.getString(1);
                    holders.add(name == null || name.isBlank() ? "?" : name);
                }
            }
        }
        return holders;
    }

    /** A key of this database and schema (and a suffix), positive so that it reads the same as an OID. */
    private static int key(Connection connection, String suffix) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT current_database(), current_schema()"); ResultSet result = statement.executeQuery()) {
            result.next();
            CRC32 crc = new CRC32();
            crc.update((result.getString(1) + "." + result.getString(2) + suffix).getBytes(StandardCharsets.UTF_8));
            return (int) (crc.getValue() & 0x7fffffffL);
        }
    }

    private static String name(String host, String description) {
        String name = RunLock.holder(host) + ", " + description;
        // Printable ASCII only: PostgreSQL replaces anything else.
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 32 && c < 127 ? (char) c : '?'));
        return ascii.length() > NAME_LENGTH ? ascii.substring(0, NAME_LENGTH) : ascii.toString();
    }

    @Override
    public void describe(String description) throws IOException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT set_config('application_name', ?, false)")) {
            statement.setString(1, name(host, description));
            statement.execute();
        }
        catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        try {
            // Closing the session releases its advisory locks.
            connection.close();
        }
        catch (SQLException e) {
            log.warn("event=lock.release.failed", e);
        }
    }
}
