package fr.fichesmetiers.jobs.cli;

import java.io.IOException;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.logging.LogFile;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.UserException;
import fr.fichesmetiers.jobs.run.DataDirectory;
import fr.fichesmetiers.jobs.run.RunLock;
import fr.fichesmetiers.jobs.run.RunLocks;
import fr.fichesmetiers.support.Messages;

/**
 * Starts Spring once a command line is parsed and needs it, so that help and usage errors stay instant. A command
 * that writes asks for the run lock: it is taken as soon as Boot has resolved the configuration (environment
 * variables, system properties, {@code application.yml} in the working directory or {@code config/}, profiles),
 * before any bean exists, so before the embedded database is opened; and released after the context is closed.
 * A start that fails says why in the user's words: a full disk, a missing permission, a database locked, damaged
 * or unreachable each have their message and exit code; anything else is a configuration error (exit 2).
 */
final class SpringLauncher implements AutoCloseable {

    private final Class<?> application;
    private final List<String> configuration;
    private final Messages messages;
    private ConfigurableApplicationContext context;
    private RunLock lock;
    private String logFile;
    private SystemFailure.Where where;

    /** @param configuration Boot arguments ({@code --name=value}), none in production; tests pass a data directory */
    SpringLauncher(Class<?> application, List<String> configuration, Messages messages) {
        this.application = application;
        this.configuration = List.copyOf(configuration);
        this.messages = messages;
    }

    /** A bean, Spring being started without the lock if it is not yet (commands that only read, the scheduler). */
    synchronized <T> T bean(Class<T> type) {
        if (context == null) {
            start(null);
        }
        return context.getBean(type);
    }

    /**
     * Starts Spring holding the data directory's lock.
     *
     * @throws UserException exit 4 when another process holds it
     */
    synchronized RunLock lock(String description) {
        if (context != null) {
            throw new IllegalStateException("Spring already started without the lock");
        }
        start(description);
        return lock;
    }

    /** The log file the configuration names, once Spring started; {@code null} before. */
    synchronized String logFile() {
        return logFile;
    }

    /** The data directory and database of the configuration, once Boot resolved it; {@code null} before. */
    synchronized SystemFailure.Where where() {
        return where;
    }

    private void start(String lockDescription) {
        LogFileCheck logCheck = new LogFileCheck();
        BeforeAnyBean before = new BeforeAnyBean(lockDescription);
        try (StartupSignals signals = new StartupSignals()) {
            // No Spring shutdown hook: a command that runs a job handles SIGTERM itself (StopOnRequest).
            context = new SpringApplicationBuilder(application).registerShutdownHook(false).listeners(logCheck, before)
                    .run(configuration.toArray(String[]::new));
            if (signals.stopRequested()) {
                throw new UserException(ExitCodes.STOPPED, messages.get("stop.before-start"));
            }
        }
        catch (UserException e) {
            throw e;
        }
        catch (SpringApplication.AbandonedRunException e) {
            UserException refusal = logCheck.refusal != null ? logCheck.refusal : before.refusal;
            if (refusal != null) {
                throw refusal;
            }
            throw e;
        }
        catch (RuntimeException e) {
            if (where != null) {
                SystemFailure failure = SystemFailure.of(e, where, messages).orElse(null);
                if (failure != null) {
                    throw new UserException(failure.exitCode(), failure.message());
                }
            }
            Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
            throw new UserException(ExitCodes.USAGE, messages.get("system.configuration", root.getMessage()));
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (context != null) {
            context.close();
            context = null;
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    /**
     * Runs before Boot sets logging up: a log file that cannot be written is said here, in one line, rather than
     * by the logging library's own stack traces, and the start stops.
     */
    private final class LogFileCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

        private UserException refusal;

        @Override
        public int getOrder() {
            // Boot's LoggingApplicationListener runs at HIGHEST_PRECEDENCE + 20.
            return Ordered.HIGHEST_PRECEDENCE + 10;
        }

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            ConfigurableEnvironment environment = event.getEnvironment();
            where = new SystemFailure.Where(DataDirectory.of(environment).dataDir(),
                    environment.getProperty("spring.datasource.url"));
            LogFile file = LogFile.get(environment);
            if (file == null) {
                return;
            }
            logFile = file.toString();
            try {
                WritableFiles.requireAppendable(java.nio.file.Path.of(logFile));
            }
            catch (IOException e) {
                refusal = SystemFailure.of(e, where, messages)
                        .map(failure -> new UserException(failure.exitCode(), failure.message()))
                        .orElseGet(() -> new UserException(ExitCodes.USAGE, messages.get("system.logFile",
                                logFile, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
                throw new SpringApplication.AbandonedRunException();
            }
        }
    }

    /**
     * Runs once Boot prepared the environment: logging is set up, no bean exists yet. The data directory is bound
     * from that environment, as the {@link DataDirectory} bean and the database URL are.
     */
    private final class BeforeAnyBean implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

        private final String lockDescription;
        private UserException refusal;

        BeforeAnyBean(String lockDescription) {
            this.lockDescription = lockDescription;
        }

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            LoggingStatus.keepOffTheConsole();
            if (lockDescription != null) {
                try {
                    lock = RunLocks.acquire(DataDirectory.of(event.getEnvironment()), lockDescription);
                }
                catch (UserException held) {
                    // Abandoned, not failed: Boot then reports nothing (no stack trace for an expected refusal).
                    refusal = held;
                    throw new SpringApplication.AbandonedRunException();
                }
            }
        }
    }
}
