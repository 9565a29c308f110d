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

    /** Where the rows come from: {@link CsvInput#next()}, {@code null} at the end. */
    @FunctionalInterface
    interface RowSource {
        CsvRow next();
    }

    CsvRowsAhead(RowSource input, String name) {
        this.parser = Thread.ofPlatform().daemon().name("csv-" + name).start(() -> parse(input));
    }

    private void parse(RowSource input) {
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
        catch (Throwable e) {
            // A refused file (an unclosed quote), an I/O failure, or an Error (out of memory, a stack overflow in
            // the parser): the consumer meets it after the rows before it. Were one left out, the consumer would
            // wait for a row that never comes and the job would hang.
            try {
                queue.put(new Failure(e));
            }
            catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What ended the parsing thread, handed over in the queue like a row. */
    private record Failure(Throwable cause) {
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
        if (next instanceof Failure(Throwable cause)) {
            finished = true;
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Reading rows failed: " + cause.getMessage(), cause);
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
