package fr.fichesmetiers.jobs.cli;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.OnConsoleStatusListener;
import ch.qos.logback.core.status.StatusListener;
import ch.qos.logback.core.status.StatusManager;

/**
 * Keeps the logging library's own trouble (a log file that can no longer be written: disk full, file removed) off
 * the console. Boot prints logback's warnings and errors there, each with its stack trace, which buries the one
 * line the tool prints; they stay in logback's status list, and the tool says what failed in its own words.
 */
final class LoggingStatus {

    private LoggingStatus() {
    }

    /** Once Boot has set logging up (it adds its console listener at every set-up). */
    static void keepOffTheConsole() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        StatusManager statuses = context.getStatusManager();
        for (StatusListener listener : statuses.getCopyOfStatusListenerList()) {
            if (listener instanceof OnConsoleStatusListener console) {
                statuses.remove(console);
                console.stop();
            }
        }
    }
}
