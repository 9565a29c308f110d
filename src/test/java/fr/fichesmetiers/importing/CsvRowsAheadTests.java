package fr.fichesmetiers.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class CsvRowsAheadTests {

    private static CsvRow row(int line) {
        return new CsvRow(line, List.of("id-" + line));
    }

    /** The rows, then whatever {@code end} throws (or the end of the file). */
    private static CsvRowsAhead.RowSource rowsThen(Runnable end) {
        Iterator<CsvRow> rows = List.of(row(2), row(3)).iterator();
        return () -> {
            if (rows.hasNext()) {
                return rows.next();
            }
            end.run();
            return null;
        };
    }

    /** Reads the remaining rows on another thread. */
    private static CompletableFuture<Integer> drain(CsvRowsAhead ahead) {
        return CompletableFuture.supplyAsync(() -> {
            int rows = 0;
            while (ahead.next() != null) {
                rows++;
            }
            return rows;
        });
    }

    @Test
    void anErrorOfTheParsingThreadReachesTheConsumerAfterTheRowsBeforeIt() {
        try (CsvRowsAhead ahead = new CsvRowsAhead(rowsThen(() -> {
            throw new StackOverflowError("parser recursion");
        }), "test")) {
            assertThat(ahead.next().line()).isEqualTo(2);
            assertThat(ahead.next().line()).isEqualTo(3);
            // Read on another thread: a consumer left waiting fails the test after the wait instead of hanging it.
            assertThatThrownBy(() -> drain(ahead).get(60, TimeUnit.SECONDS)).hasRootCauseInstanceOf(
                    StackOverflowError.class).hasRootCauseMessage("parser recursion");
        }
    }
}
