package fr.fichesmetiers.jobs;

import java.nio.file.Path;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

import fr.fichesmetiers.FichesMetiersApplication;

/** Starts the Spring context the first time a command needs it, so that help and usage errors stay instant. */
final class SpringContext implements AutoCloseable {

    private ConfigurableApplicationContext context;

    synchronized ConfigurableApplicationContext get() {
        if (context == null) {
            try {
                // No Spring shutdown hook: on SIGTERM the scheduler first stops the running job, then closes.
                context = new SpringApplicationBuilder(FichesMetiersApplication.class).registerShutdownHook(false)
                        .run();
            }
            catch (RuntimeException e) {
                Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
                throw new UserException(ExitCodes.USAGE, "Configuration invalide / invalid configuration: "
                        + root.getMessage());
            }
        }
        return context;
    }

    /**
     * The data directory (database, logs, lock), known before Spring starts because the lock must be taken
     * before the embedded database is opened: {@code fiches.data-dir} as a system property or
     * {@code FICHES_DATA_DIR}, else {@code data}.
     */
    static Path dataDirectory() {
        String configured = System.getProperty("fiches.data-dir", System.getenv("FICHES_DATA_DIR"));
        return Path.of(configured == null || configured.isBlank() ? "data" : configured);
    }

    <T> T bean(Class<T> type) {
        return get().getBean(type);
    }

    <T> T bean(String name, Class<T> type) {
        return get().getBean(name, type);
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
