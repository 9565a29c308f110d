package fr.fichesmetiers.importing;

import java.io.Closeable;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Parses the rows of an open input on a thread of its own, a bounded queue ahead of the step that consumes them:
 * parsing (a third of an import) then overlaps the validation and the database writes instead of waiting for
 * them. Rows, the end of the file and a refusal of the file arrive in file order.
 */
final class CsvRowsAhead implements Closeable {

    /** Rows parsed ahead: enough to keep the consumer busy, few enough to hold (a row can carry 50 KB of text). */
    private static final int AHEAD = 256;
    private static final Object END = new Object();
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread parser;
    private volatile boolean closed;
    private boolean finished;

    CsvRowsAhead(CsvInput input, String name) {
        this.parser = Thread.ofPlatform().daemon().name("csv-" + name).start(() -> parse(input));
    }

    private void parse(CsvInput input) {
        try {
            CsvRow row;
            while (!closed && (row = input.next()) != null) {
                queue.put(row);
            }
            queue.put(END);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (RuntimeException e) {
            // A refused file (an unclosed quote) or an I/O failure: the consumer meets it after the rows before it.
            try {
                queue.put(e);
            }
            catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The next row, or {@code null} at the end of the file. */
    CsvRow next() {
        if (finished) {
            return null;
        }
        Object next;
        try {
            next = queue.take();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading rows", e);
        }
        if (next == END) {
            finished = true;
            return null;
        }
        if (next instanceof RuntimeException failure) {
            finished = true;
            throw failure;
        }
        return (CsvRow) next;
    }

    /** Stops the parsing thread; the input itself is closed by its owner once this returns. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        parser.interrupt();
        try {
            parser.join(TimeUnit.SECONDS.toMillis(10));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
