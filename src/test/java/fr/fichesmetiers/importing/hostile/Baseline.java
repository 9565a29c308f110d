package fr.fichesmetiers.importing.hostile;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import fr.fichesmetiers.TestCatalogs;

/**
 * The catalog published before every hostile case (the {@code reimport-v1} fixture), and rows made from its first
 * profile under a new id, one field changed.
 */
record Baseline(List<String> header, List<List<String>> rows, List<String> faqHeader, List<List<String>> faqRows) {

    static final String FIXTURE = "reimport-v1";

    static Baseline load() throws IOException {
        List<List<String>> fiches = read(TestCatalogs.FIXTURES.resolve(FIXTURE).resolve("fiches.csv"));
        List<List<String>> faq = read(TestCatalogs.FIXTURES.resolve(FIXTURE).resolve("faq.csv"));
        return new Baseline(fiches.get(0), fiches.subList(1, fiches.size()), faq.get(0), faq.subList(1, faq.size()));
    }

    private static List<List<String>> read(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(in)) {
                rows.add(record.toList());
            }
        }
        rows.get(0).set(0, rows.get(0).get(0).replace("\uFEFF", ""));
        return rows;
    }

    /** The physical lines of its fiches.csv, header included. */
    int lines() {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return (int) Csv.write(all).chars().filter(c -> c == '\n').count();
    }

    List<String> ids() {
        return rows.stream().map(r -> r.get(0)).toList();
    }

    int column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(name);
        }
        return index;
    }

    /** The first profile under another id, valid as it is. */
    List<String> row(String id) {
        List<String> row = new ArrayList<>(rows.get(0));
        row.set(0, id);
        return row;
    }

    /** The first profile under another id, one column's value replaced. */
    List<String> row(String id, String column, String value) {
        List<String> row = row(id);
        row.set(column(column), value);
        return row;
    }
}
