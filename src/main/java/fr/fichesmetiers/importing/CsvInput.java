package fr.fichesmetiers.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import fr.fichesmetiers.support.DetectedCsvFormat;
import fr.fichesmetiers.support.Messages;

/**
 * Streams the records of a CSV file with the physical line each one starts on. Blank records (an empty line,
 * or only delimiters as spreadsheets write below the data) are skipped.
 */
final class CsvInput implements Closeable {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String fileName;
    private final Messages messages;
    private long lastLineEnd;

    private CsvInput(CSVParser parser, String fileName, Messages messages) {
        this.parser = parser;
        this.records = parser.iterator();
        this.fileName = fileName;
        this.messages = messages;
    }

    static CsvInput open(Path file, DetectedCsvFormat format, Messages messages) throws IOException {
        // Not through a link, and never a pipe: the inspection checked this very file (InputFiles), not whatever
        // was put in its place since (opening a pipe would wait for a writer forever).
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ImportRefusedException(RuleCode.FILE_NOT_REGULAR,
                    messages.get("file.special", file.getFileName().toString()));
        }
        InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
        in.skipNBytes(format.bomLength());
        // Replace rather than fail: a forced encoding that does not fit shows up as U+FFFD in the values.
        InputStreamReader reader = new InputStreamReader(in, format.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(format.delimiter()).setIgnoreEmptyLines(false)
                .setTrim(false).get();
        CsvInput input = new CsvInput(CSVParser.builder().setReader(reader).setFormat(csv).get(),
                file.getFileName().toString(), messages);
        if (format.sepLine()) {
            // Excel's "sep=;" line comes before the header; line numbers still count it.
            input.records.next();
            input.lastLineEnd = input.parser.getCurrentLineNumber();
        }
        return input;
    }

    /** The header's fields, or {@code null} for an empty file. */
    List<String> header() {
        CsvRow row = next();
        return row == null ? null : row.values();
    }

    /** The next non-blank record, or {@code null} at the end of the file. */
    CsvRow next() {
        while (true) {
            long start = lastLineEnd + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            }
            catch (UncheckedIOException | IllegalStateException e) {
                throw new ImportRefusedException(RuleCode.COLUMN_COUNT,
                        messages.get("file.malformed", fileName, String.valueOf(start)));
            }
            lastLineEnd = parser.getCurrentLineNumber();
            List<String> values = record.toList();
            if (values.stream().anyMatch(v -> !TextRules.isBlank(v))) {
                return new CsvRow((int) start, values);
            }
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
