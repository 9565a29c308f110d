package fr.fichesmetiers.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.fichesmetiers.support.FormulaSafe;
import fr.fichesmetiers.support.Messages;
import fr.fichesmetiers.support.TextKeys;

/**
 * Where each known column sits in a file's header, matched leniently (case, accents, spaces, hyphens and
 * apostrophes do not matter), with the headers nobody knows.
 */
final class HeaderMapping<C extends Enum<C> & CsvColumn> {

    private static final int SHOWN = 30;
    /** Longest column name quoted in a message. */
    private static final int NAME_SHOWN = 40;
    /** How much of a first line that is no header at all a message quotes. */
    private static final int NOT_HEADER_SHOWN = 24;

    private final Map<C, Integer> positions;
    private final Map<C, String> written;
    private final List<String> unknown;
    private final int width;
    private final int emptyTail;
    private final Set<C> gaps;

    private HeaderMapping(Map<C, Integer> positions, Map<C, String> written, List<String> unknown, int width,
            int emptyTail, Set<C> gaps) {
        this.positions = positions;
        this.written = written;
        this.unknown = unknown;
        this.width = width;
        this.emptyTail = emptyTail;
        this.gaps = gaps;
    }

    /**
     * Maps a header line.
     *
     * @throws ImportRefusedException when a required column is missing or a column appears twice
     */
    static <C extends Enum<C> & CsvColumn> HeaderMapping<C> of(Class<C> type, List<String> header, String file,
            Messages messages) {
        return of(type, header, file, messages, Set.of());
    }

    /**
     * Maps the header of a source known to lack some facts (ONISEP has no employability): those columns may be
     * absent, or blank in every row, without the row being rejected.
     *
     * @param gaps the required columns the source may leave out or blank
     */
    static <C extends Enum<C> & CsvColumn> HeaderMapping<C> of(Class<C> type, List<String> header, String file,
            Messages messages, Set<C> gaps) {
        Map<String, C> byKey = new HashMap<>();
        for (C column : type.getEnumConstants()) {
            for (String alias : column.aliases()) {
                byKey.put(TextKeys.matchKey(alias), column);
            }
        }
        Map<C, Integer> positions = new EnumMap<>(type);
        Map<C, String> written = new EnumMap<>(type);
        Map<C, List<String>> duplicates = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = TextKeys.strip(header.get(i).replace("\uFEFF", ""));
            C column = byKey.get(TextKeys.matchKey(name));
            if (column == null) {
                if (!name.isEmpty()) {
                    unknown.add(name);
                }
            }
            else if (positions.containsKey(column)) {
                duplicates.computeIfAbsent(column, c -> new ArrayList<>(List.of(written.get(c)))).add(name);
            }
            else {
                positions.put(column, i);
                written.put(column, name);
            }
        }
        if (!duplicates.isEmpty()) {
            String list = duplicates.entrySet().stream()
                    .map(e -> e.getKey().canonicalName() + " (" + String.join(", ", e.getValue()) + ")")
                    .collect(Collectors.joining(", "));
            throw new ImportRefusedException(RuleCode.HEADER_DUPLICATE_COLUMN,
                    messages.get("file.header.duplicate", file, list));
        }
        List<String> missing = new ArrayList<>();
        for (C column : type.getEnumConstants()) {
            if (column.required() && !gaps.contains(column) && !positions.containsKey(column)) {
                missing.add(column.canonicalName());
            }
        }
        if (!missing.isEmpty() && positions.isEmpty()) {
            // Not a header at all (another file, or a file someone put there): only a short excerpt of it is shown.
            String line = String.join(";", header);
            throw new ImportRefusedException(RuleCode.HEADER_MISSING_COLUMN, messages.get("file.header.none", file,
                    String.join(", ", missing), FormulaSafe.excerpt(TextKeys.strip(line), NOT_HEADER_SHOWN)));
        }
        if (!missing.isEmpty()) {
            throw new ImportRefusedException(RuleCode.HEADER_MISSING_COLUMN, messages.get("file.header.missing", file,
                    String.join(", ", missing), shown(header.stream().map(TextKeys::strip).toList())));
        }
        // Spreadsheets often add empty columns after the data: they are not columns of the file.
        int width = header.size();
        while (width > 0 && TextKeys.strip(header.get(width - 1)).isEmpty()) {
            width--;
        }
        return new HeaderMapping<>(positions, written, List.copyOf(unknown), width, header.size() - width,
                Set.copyOf(gaps));
    }

    /** Whether the source may leave this required column blank (see {@link #of(Class, List, String, Messages, Set)}). */
    boolean gapAllowed(C column) {
        return gaps.contains(column);
    }

    /**
     * Column names for a message: control and invisible characters made visible, each cut at {@value #NAME_SHOWN}
     * characters, and at most {@value #SHOWN} of them (a file with thousands of columns must not print thousands).
     */
    static String shown(List<String> names) {
        List<String> first = names.stream().limit(SHOWN).map(n -> FormulaSafe.excerpt(n, NAME_SHOWN)).toList();
        String more = names.size() > SHOWN ? ", … (+" + (names.size() - SHOWN) + ")" : "";
        return String.join(", ", first) + more;
    }

    /** The column's position, or -1 when the file does not have it. */
    int position(C column) {
        return positions.getOrDefault(column, -1);
    }

    /** The header as the file writes it, for messages; the canonical name when the file lacks the column. */
    String written(C column) {
        return written.getOrDefault(column, column.canonicalName());
    }

    List<String> unknownColumns() {
        return unknown;
    }

    /** How many fields a record must have: the named columns, empty ones after them not counted. */
    int width() {
        return width;
    }

    /**
     * How many fields a record has, the empty columns a spreadsheet writes after the data not counted: at most as
     * many empty fields at the end as the header line ends with (Excel and LibreOffice write every row out to the
     * same last column), and never a field of a named column. A row with a field too many in the middle and its
     * last field empty therefore counts one field too many, instead of being read shifted.
     */
    int fieldCount(List<String> values) {
        int count = values.size();
        int dropped = 0;
        while (count > width && dropped < Math.max(emptyTail, 0) && TextRules.isBlank(values.get(count - 1))) {
            count--;
            dropped++;
        }
        return count;
    }

    /** Whether a record has the fields of the header: {@link #fieldCount} is the number of named columns. */
    boolean fits(List<String> values) {
        return fieldCount(values) == width;
    }
}
