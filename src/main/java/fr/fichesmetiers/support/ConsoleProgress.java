package fr.fichesmetiers.support;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;

/**
 * A progress line for people: rewritten in place on a terminal, silent when the output is a file or a pipe
 * (cron, systemd), where only the final summary belongs.
 */
public final class ConsoleProgress {

    private final PrintStream out;
    private final boolean enabled;
    private int lastLength;

    public ConsoleProgress(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    /** Progress on standard output when it is a terminal. */
    public static ConsoleProgress forTerminal() {
        return new ConsoleProgress(System.out, isTerminal());
    }

    public boolean enabled() {
        return enabled;
    }

    public synchronized void show(String line) {
        if (enabled) {
            out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            out.flush();
            lastLength = line.length();
        }
    }

    /** Clears the progress line so that the summary starts on a clean line. */
    public synchronized void clear() {
        if (enabled && lastLength > 0) {
            out.print("\r" + " ".repeat(lastLength) + "\r");
            out.flush();
            lastLength = 0;
        }
    }

    /**
     * Whether standard output is a terminal. Since Java 22, {@code System.console()} exists even when output is
     * redirected and {@code Console.isTerminal()} tells; before, a console existed only on a terminal.
     */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        }
        catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
