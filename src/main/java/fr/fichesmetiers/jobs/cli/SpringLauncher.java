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

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.UserException;
import fr.fichesmetiers.jobs.run.DataDirectory;
import fr.fichesmetiers.jobs.run.RunLock;
import fr.fichesmetiers.jobs.run.RunLocks;

/**
 * Starts Spring once a command line is parsed and needs it, so that help and usage errors stay instant. A command
 * that writes asks for the run lock: it is taken as soon as Boot has resolved the configuration (environment
 * variables, system properties, {@code application.yml} in the working directory or {@code config/}, profiles),
 * before any bean exists, so before the embedded database is opened; and released after the context is closed.
 */
final class SpringLauncher implements AutoCloseable {

    private final Class<?> application;
    private final List<String> configuration;
    private ConfigurableApplicationContext context;
    private RunLock lock;
    private String logFile;

    /** @param configuration Boot arguments ({@code --name=value}), none in production; tests pass a data directory */
    SpringLauncher(Class<?> application, List<String> configuration) {
        this.application = application;
        this.configuration = List.copyOf(configuration);
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

    private void start(String lockDescription) {
        BeforeAnyBean before = new BeforeAnyBean(lockDescription);
        try {
            // No Spring shutdown hook: on SIGTERM the scheduler first stops the running job, then closes.
            context = new SpringApplicationBuilder(application).registerShutdownHook(false).listeners(before)
                    .run(configuration.toArray(String[]::new));
        }
        catch (SpringApplication.AbandonedRunException e) {
            if (before.refusal != null) {
                throw before.refusal;
            }
            throw e;
        }
        catch (RuntimeException e) {
            Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
            throw new UserException(ExitCodes.USAGE, "Configuration invalide / invalid configuration: "
                    + root.getMessage());
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
            LogFile file = LogFile.get(event.getEnvironment());
            logFile = file == null ? null : file.toString();
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
