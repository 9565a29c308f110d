package fr.fichesmetiers.jobs.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import fr.fichesmetiers.jobs.ExitCodes;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTERM or Ctrl-C while Spring starts. Left to the JVM, it runs the shutdown hooks, which close the embedded
 * database under the starting context, and the user reads a false "configuration invalide" before the process
 * dies with 143. Held while Spring starts, this notes the first signal so that the command ends cleanly once
 * started, before any job runs (exit 5); a second one halts at once, as during a run.
 */
final class StartupSignals implements AutoCloseable {

    private static final List<String> SIGNALS = List.of("TERM", "INT");
    private final AtomicInteger received = new AtomicInteger();
    private final Map<Signal, SignalHandler> previous = new HashMap<>();

    StartupSignals() {
        for (String name : SIGNALS) {
            Signal signal = new Signal(name);
            try {
                previous.put(signal, Signal.handle(signal, this::received));
            }
            catch (IllegalArgumentException e) {
                // The signal is ignored by this process (a background job of a shell): nothing to hold.
            }
        }
    }

    private void received(Signal signal) {
        if (received.incrementAndGet() > 1) {
            Runtime.getRuntime().halt(ExitCodes.HALTED);
        }
    }

    /** Whether a stop was asked while Spring started. */
    boolean stopRequested() {
        return received.get() > 0;
    }

    /** Gives the signals back to their handlers of before (the JVM's). */
    @Override
    public void close() {
        previous.forEach(Signal::handle);
        previous.clear();
    }
}
