package fr.fichesmetiers.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.ErrorStatus;
import ch.qos.logback.core.status.OnConsoleStatusListener;
import ch.qos.logback.core.util.StatusListenerConfigHelper;
import fr.fichesmetiers.support.Messages;

/**
 * Failures injected as the file system and the database raise them, said for what they are, with their exit code:
 * the behaviour is tested on every machine, also where no small full disk can be mounted and where the tests run
 * as root (whom a read-only folder does not stop).
 */
class SystemFailureTests {

    private static final Messages FR = Messages.forLanguage("fr");

    @TempDir
    Path dataDir;

    private SystemFailure classify(Throwable failure) {
        return SystemFailure.of(failure, new SystemFailure.Where(dataDir, "jdbc:h2:file:./data/fiches-metiers;"
                + "AUTO_SERVER=TRUE;PASSWORD=secret"), FR).orElseThrow();
    }

    @Test
    void aFullDiskIsNamedAndExitsOne() {
        SystemFailure failure = classify(new DataAccessResourceFailureException("JDBC rollback",
                new IOException("No space left on device")));
        assertThat(failure.exitCode()).isEqualTo(1);
        assertThat(failure.message()).startsWith("disque plein : " + dataDir.toAbsolutePath() + " (espace libre : ");
    }

    @Test
    void aMissingPermissionNamesTheFileAndExitsNine() {
        SystemFailure failure = classify(new IllegalStateException(new AccessDeniedException("/srv/fiches/run.lock")));
        assertThat(failure.exitCode()).isEqualTo(9);
        assertThat(failure.message()).startsWith("accès refusé : /srv/fiches/run.lock ;");
        assertThat(classify(new IOException("/srv/fiches/logs/x.log (Read-only file system)")).exitCode())
                .isEqualTo(9);
    }

    @Test
    void aDatabaseHeldByAnotherProgramExitsSixWithoutItsOptions() {
        SystemFailure failure = classify(new RuntimeException(new SQLException("Database may be already in use",
                "90020", 90020)));
        assertThat(failure.exitCode()).isEqualTo(6);
        assertThat(failure.message()).contains("jdbc:h2:file:./data/fiches-metiers est ouverte par un autre programme")
                .doesNotContain("secret");
    }

    @Test
    void anUnreachableDatabaseExitsSeven() {
        assertThat(classify(new RuntimeException(new SQLException("refused", "08001", 0))).exitCode()).isEqualTo(7);
        assertThat(classify(new RuntimeException(new ConnectException("Connection refused"))).message())
                .startsWith("Base de données injoignable : jdbc:h2:file:./data/fiches-metiers (Connection refused)");
    }

    @Test
    void aDamagedDatabaseExitsEight() {
        SystemFailure failure = classify(new RuntimeException(new SQLException("File corrupted while reading record",
                "90030", 90030)));
        assertThat(failure.exitCode()).isEqualTo(8);
        assertThat(failure.message()).startsWith("Base de données endommagée : ");
    }

    @Test
    void aConfigurationErrorIsNoneOfThem() {
        assertThat(SystemFailure.of(new IllegalArgumentException("Failed to bind 'fiches.import.chunk-size'"),
                new SystemFailure.Where(dataDir, null), FR)).isEmpty();
    }

    @Test
    void theLoggingLibrarysOwnErrorsStayOffTheConsole() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        OnConsoleStatusListener listener = new OnConsoleStatusListener() {
            @Override
            protected PrintStream getPrintStream() {
                return new PrintStream(console, true);
            }
        };
        StatusListenerConfigHelper.addOnConsoleListenerInstance(context, listener);
        context.getStatusManager().add(new ErrorStatus("before", this));
        assertThat(console.toString()).contains("before");

        LoggingStatus.keepOffTheConsole();
        context.getStatusManager().add(new ErrorStatus("IO failure while writing to file", this,
                new IOException("No space left on device")));
        assertThat(console.toString()).doesNotContain("IO failure").doesNotContain("No space left");
        assertThat(context.getStatusManager().getCopyOfStatusListenerList()).doesNotContain(listener);
    }
}
