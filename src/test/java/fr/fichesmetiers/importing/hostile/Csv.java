package fr.fichesmetiers.importing.hostile;

import java.util.List;
import java.util.stream.Collectors;

/** Writes rows as French Excel does: {@code ;}, CRLF, quotes only where a field needs them. */
final class Csv {

    private Csv() {
    }

    static String write(List<List<String>> rows) {
        return write(rows, ";");
    }

    static String write(List<List<String>> rows, String delimiter) {
        return rows.stream().map(r -> line(r, delimiter)).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    static String line(List<String> fields) {
        return line(fields, ";");
    }

    static String line(List<String> fields, String delimiter) {
        return fields.stream().map(f -> field(f, delimiter)).collect(Collectors.joining(delimiter));
    }

    private static String field(String value, String delimiter) {
        boolean quoted = value.contains(delimiter) || value.contains("\"") || value.contains("\n")
                || value.contains("\r");
        return quoted ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
