import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Baseline for the import: Commons CSV parses fiches.csv and faq.csv, and H2 (file database, as the product)
 * takes every row in batches of 200 with a commit per batch. No validation, no staging, no versioning.
 *
 * <p>Usage: {@code java -cp CLASSPATH bench/baseline/ImportBaseline.java INPUT_DIR WORK_DIR}
 */
public class ImportBaseline {

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        long start = System.nanoTime();
        long rows = 0;
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + work.toAbsolutePath() + "/baseline;WRITE_DELAY=0", "sa", "")) {
            db.setAutoCommit(false);
            StringBuilder columns = new StringBuilder();
            for (int i = 0; i < 23; i++) {
                columns.append(i == 0 ? "" : ", ").append("c").append(i).append(" VARCHAR(100000)");
            }
            db.createStatement().execute("CREATE TABLE fiche (" + columns + ")");
            db.createStatement().execute("CREATE TABLE faq (id VARCHAR(64), question VARCHAR(2000), answer VARCHAR(100000))");
            rows += load(db, input.resolve("fiches.csv"), 23, "INSERT INTO fiche VALUES (" + "?, ".repeat(22) + "?)");
            rows += load(db, input.resolve("faq.csv"), 3, "INSERT INTO faq VALUES (?, ?, ?)");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "items=%d seconds=%.2f rate=%.1f%n", rows, seconds, rows / seconds);
    }

    static long load(Connection db, Path file, int width, String sql) throws Exception {
        long rows = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                PreparedStatement insert = db.prepareStatement(sql)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            for (CSVRecord record : format.parse(reader)) {
                for (int i = 0; i < width; i++) {
                    insert.setString(i + 1, record.get(i));
                }
                insert.addBatch();
                if (++rows % 200 == 0) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
        }
        return rows;
    }
}
