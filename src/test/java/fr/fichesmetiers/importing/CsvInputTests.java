package fr.fichesmetiers.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.fichesmetiers.support.CsvFormatDetector;
import fr.fichesmetiers.support.Messages;

class CsvInputTests {

    @TempDir
    Path dir;

    private CsvInput open(String content) throws Exception {
        Path file = Files.writeString(dir.resolve("fiches.csv"), content, StandardCharsets.UTF_8);
        return CsvInput.open(file, CsvFormatDetector.detect(file, null, null), Messages.forLanguage("fr"));
    }

    @Test
    void numbersRecordsByThePhysicalLineTheyStartOn() throws Exception {
        try (CsvInput csv = open("a;b\r\n1;\"deux\r\nlignes\"\r\n\r\n;\r\n3;\"x;\"\"y\"\"\"\n4;z")) {
            assertThat(csv.header()).containsExactly("a", "b");
            CsvRow first = csv.next();
            assertThat(first.line()).isEqualTo(2);
            assertThat(first.values()).containsExactly("1", "deux\r\nlignes");
            CsvRow third = csv.next();
            assertThat(third.line()).isEqualTo(6);
            assertThat(third.values()).containsExactly("3", "x;\"y\"");
            assertThat(csv.next().line()).isEqualTo(7);
            assertThat(csv.next()).isNull();
        }
    }

    @Test
    void refusesAnUnclosedQuoteNamingTheLine() throws Exception {
        try (CsvInput csv = open("a;b\n1;2\n3;\"jamais fermé\n4;5\n")) {
            csv.header();
            csv.next();
            assertThatThrownBy(csv::next).isInstanceOf(ImportRefusedException.class)
                    .hasMessageContaining("fiches.csv, ligne 3");
        }
    }

    @Test
    void readsExcelUnicodeTextAsUtf16WithTabs() throws Exception {
        byte[] body = "a\tb\r\n1\tÉté\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Path file = Files.write(dir.resolve("fiches.txt"), bytes);
        try (CsvInput csv = CsvInput.open(file, CsvFormatDetector.detect(file, null, null),
                Messages.forLanguage("fr"))) {
            assertThat(csv.header()).containsExactly("a", "b");
            assertThat(csv.next().values()).containsExactly("1", "Été");
        }
    }

    @Test
    void skipsExcelsSepLineAndCountsItInLineNumbers() throws Exception {
        try (CsvInput csv = open("sep=,\r\na,b\r\n1,\"x;y\"\r\n")) {
            assertThat(csv.header()).containsExactly("a", "b");
            CsvRow row = csv.next();
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.values()).containsExactly("1", "x;y");
        }
    }

    @Test
    void rowsParsedAheadArriveInOrderWithTheRefusalAfterTheRowsBeforeIt() throws Exception {
        try (CsvInput csv = open("a;b\n1;2\n3;4\n5;\"jamais fermé\n6;7\n")) {
            csv.header();
            try (CsvRowsAhead rows = new CsvRowsAhead(csv::next, "test")) {
                assertThat(rows.next().values()).containsExactly("1", "2");
                assertThat(rows.next().values()).containsExactly("3", "4");
                assertThatThrownBy(rows::next).isInstanceOf(ImportRefusedException.class)
                        .hasMessageContaining("ligne 4");
                assertThat(rows.next()).isNull();
            }
        }
    }

    @Test
    void closingRowsParsedAheadStopsTheParsingThread() throws Exception {
        StringBuilder text = new StringBuilder("a;b\n");
        for (int i = 0; i < 5_000; i++) {
            text.append(i).append(";x\n");
        }
        try (CsvInput csv = open(text.toString())) {
            csv.header();
            CsvRowsAhead rows = new CsvRowsAhead(csv::next, "stopped");
            assertThat(rows.next().values()).containsExactly("0", "x");
            rows.close();
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("csv-stopped"));
        }
    }

    @Test
    void refusesAPipeOrALinkPutInTheFilesPlaceAfterItsInspectionWithoutWaitingOnIt() throws Exception {
        Path file = Files.writeString(dir.resolve("fiches.csv"), "a;b\n1;2\n", StandardCharsets.UTF_8);
        var format = CsvFormatDetector.detect(file, null, null);
        Files.delete(file);
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", file.toString()).start().waitFor() == 0, "mkfifo is not available");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> assertThatThrownBy(() -> CsvInput.open(file, format, Messages.forLanguage("fr")))
                        .isInstanceOfSatisfying(ImportRefusedException.class,
                                e -> assertThat(e.rule()).isEqualTo(RuleCode.FILE_NOT_REGULAR)));
        Files.delete(file);
        Files.createSymbolicLink(file, Files.writeString(dir.resolve("autre.csv"), "a;b\n", StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CsvInput.open(file, format, Messages.forLanguage("fr")))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("fiches.csv n'est pas un fichier");
    }
}
