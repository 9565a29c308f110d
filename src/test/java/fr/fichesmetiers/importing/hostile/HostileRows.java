package fr.fichesmetiers.importing.hostile;

import static fr.fichesmetiers.importing.hostile.HostileCase.imported;
import static fr.fichesmetiers.importing.hostile.HostileCase.refused;
import static fr.fichesmetiers.importing.hostile.HostileCase.rejected;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.fichesmetiers.importing.RuleCode;

/**
 * Hostile rows in a well-formed file: huge fields, rows and headers, fields too many or too few, formula and HTML
 * titles, path-traversal and reserved ids, Unicode tricks, salary and FAQ edge cases.
 */
final class HostileRows {

    private HostileRows() {
    }

    static List<HostileCase> sizes() {
        return List.of(
                rejected("a field of 300 000 characters", RuleCode.TEXT_TOO_LONG, "texte trop long",
                        (f, b) -> f.fiches(List.of(b.row("huge-field", "resume", "a".repeat(300_000))))),
                rejected("a row of 23 fields of 40 000 characters", RuleCode.TEXT_TOO_LONG, "texte trop long",
                        (f, b) -> f.fiches(List.of(nCopies("huge-row", b.header().size(), "b".repeat(40_000))))),
                rejected("a row of 5 000 fields", RuleCode.COLUMN_COUNT, "5000 champ(s) au lieu de 23",
                        (f, b) -> f.fiches(List.of(widen(b.row("wide-row"), 5_000)))),
                imported("a header of 5 000 columns", Set.of("wide-header"), (f, b) -> {
                    List<String> header = new ArrayList<>(b.header());
                    for (int i = header.size(); i < 5_000; i++) {
                        header.add("colonne_" + i);
                    }
                    f.plain();
                    List<List<String>> rows = new ArrayList<>();
                    rows.add(header);
                    rows.add(widen(b.row("wide-header"), 5_000));
                    b.rows().forEach(r -> rows.add(widen(r, 5_000)));
                    f.text("fiches.csv", Csv.write(rows));
                }),
                refused("a first line of a megabyte", RuleCode.HEADER_MISSING_COLUMN, "elle commence par « zzzzz",
                        (f, b) -> f.plain().text("fiches.csv", "z".repeat(1_000_000) + "\n")),
                rejected("a field too many in the middle, the last field empty", RuleCode.COLUMN_COUNT,
                        "24 champ(s) au lieu de 23", (f, b) -> {
                            List<String> row = b.row("shifted", "devenir", "");
                            row.add(5, "en trop");
                            f.fiches(List.of(row));
                        }),
                rejected("a field too many with Excel's empty columns", RuleCode.COLUMN_COUNT,
                        "24 champ(s) au lieu de 23", (f, b) -> {
                            List<String> header = new ArrayList<>(b.header());
                            header.addAll(List.of("", ""));
                            List<String> row = b.row("shifted-excel", "devenir", "");
                            row.add(5, "en trop");
                            row.addAll(List.of("", ""));
                            List<List<String>> rows = new ArrayList<>(List.of(header, row));
                            b.rows().forEach(r -> rows.add(widen(r, header.size())));
                            f.plain().text("fiches.csv", Csv.write(rows));
                        }),
                rejected("a field missing", RuleCode.COLUMN_COUNT, "22 champ(s) au lieu de 23",
                        (f, b) -> f.fiches(List.of(b.row("short-row").subList(0, 22)))));
    }

    static List<HostileCase> texts() {
        return List.of(
                imported("a formula title", Set.of("formule"), (f, b) -> f.fiches(
                        List.of(b.row("formule", "intitule", "=HYPERLINK(\"http://exemple.invalid\";\"Cliquez\")")))),
                imported("a title that is a command for a spreadsheet", Set.of("commande"),
                        (f, b) -> f.fiches(List.of(b.row("commande", "intitule", "+cmd|' /C calc'!A0")))),
                imported("an HTML title", Set.of("html"),
                        (f, b) -> f.fiches(List.of(b.row("html", "intitule", "<script>alert('x')</script><b>Chef</b>")))),
                rejected("a path-traversal id", RuleCode.ID_FORMAT, "« ../../etc/passwd » n'est pas un identifiant",
                        (f, b) -> f.fiches(List.of(b.row("../../etc/passwd")))),
                rejected("a Windows path id", RuleCode.ID_FORMAT, "n'est pas un identifiant",
                        (f, b) -> f.fiches(List.of(b.row("..\\..\\windows\\win.ini")))),
                rejected("a Windows reserved id", RuleCode.ID_FORMAT, "nom réservé par Windows",
                        (f, b) -> f.fiches(List.of(b.row("con")))),
                rejected("an id of 65 characters", RuleCode.ID_FORMAT, "64 caractères au plus",
                        (f, b) -> f.fiches(List.of(b.row("a".repeat(65))))),
                rejected("a zero-width space in an id", RuleCode.ID_FORMAT, "n'est pas un identifiant",
                        (f, b) -> f.fiches(List.of(b.row("analyste\u200B-soc")))),
                rejected("a homoglyph id (Cyrillic a)", RuleCode.ID_FORMAT, "n'est pas un identifiant",
                        (f, b) -> f.fiches(List.of(b.row("\u0430nalyste-soc")))),
                rejected("an ANSI escape sequence in a title", RuleCode.TEXT_CONTROL_CHARACTERS, "U+001B",
                        (f, b) -> f.fiches(List.of(b.row("ansi", "intitule", "Chef\u001B[2J\u001B[31m de projet"))))
                        .neverShowing("\u001B"),
                // Stored as written: refusing bidirectional controls would be a rule of the validator, not of reading.
                imported("a right-to-left override in a title", Set.of("bidi"),
                        (f, b) -> f.fiches(List.of(b.row("bidi", "intitule", "Chef \u202Eetejorp ed\u202C")))),
                imported("a decomposed accent in a title", Set.of("nfd"),
                        (f, b) -> f.fiches(List.of(b.row("nfd", "intitule", "De\u0301veloppeur")))),
                refused("invisible characters in the header", RuleCode.HEADER_MISSING_COLUMN, "code_rome",
                        (f, b) -> {
                            List<String> header = new ArrayList<>(b.header());
                            header.set(b.column("code_rome"), "code\u200B_rome\u001B[8m");
                            f.fiches(header, List.of());
                        }).neverShowing("\u001B"),
                rejected("a profile twice", RuleCode.ID_DUPLICATE, "figure déjà", (f, b) -> {
                    List<List<String>> rows = new ArrayList<>();
                    rows.add(b.row("double", "resume", "Une ligne."));
                    rows.add(b.row("double", "resume", "Une ligne."));
                    f.fiches(rows);
                }).atLine(3).adding("double"));
    }

    static List<HostileCase> salaries() {
        return List.of(
                imported("a salary with no-break spaces, a decimal comma and words", Set.of("salaire-espaces"),
                        (f, b) -> f.fiches(List.of(b.row("salaire-espaces", "salaire_debutant", "2\u202F000,50\u00A0€ brut")))),
                rejected("a salary range", RuleCode.SALARY_FORMAT, "fourchette",
                        (f, b) -> f.fiches(List.of(b.row("fourchette", "salaire_debutant", "2000-2500")))),
                rejected("a salary in thousands", RuleCode.SALARY_FORMAT, "2k€",
                        (f, b) -> f.fiches(List.of(b.row("kilo", "salaire_debutant", "2k€")))),
                rejected("a negative salary", RuleCode.SALARY_FORMAT, "montant négatif",
                        (f, b) -> f.fiches(List.of(b.row("negatif", "salaire_debutant", "-2000")))),
                rejected("a salary with three decimals", RuleCode.SALARY_FORMAT, "deux décimales",
                        (f, b) -> f.fiches(List.of(b.row("decimales", "salaire_debutant", "2000,555")))),
                rejected("a salary in scientific notation", RuleCode.SALARY_FORMAT, "n'est pas un salaire",
                        (f, b) -> f.fiches(List.of(b.row("scientifique", "salaire_debutant", "2e3")))),
                rejected("a salary of 30 digits", RuleCode.SALARY_ABOVE_MAXIMUM, "supérieur au maximum",
                        (f, b) -> f.fiches(List.of(b.row("enorme", "salaire_experimente", "9".repeat(30))))),
                rejected("an annual salary", RuleCode.SALARY_ABOVE_MAXIMUM, "montant annuel",
                        (f, b) -> f.fiches(List.of(b.row("annuel", "salaire_experimente", "48000")))),
                rejected("a salary below the SMIC", RuleCode.SALARY_BELOW_MINIMUM, "inférieur au SMIC",
                        (f, b) -> f.fiches(List.of(b.row("sous-smic", "salaire_debutant", "1000")))),
                rejected("experienced below starting", RuleCode.SALARY_ORDER, "inférieur au salaire débutant",
                        (f, b) -> f.fiches(List.of(b.row("ordre", "salaire_experimente", "1900")))));
    }

    static List<HostileCase> faq() {
        return List.of(
                rejected("a FAQ row for no profile", RuleCode.FAQ_UNKNOWN_PROFILE, "ne correspond à aucune fiche",
                        (f, b) -> f.plain().faq(List.of(List.of("fiche-absente", "Une question ?", "Une réponse.")))),
                rejected("a FAQ row without an answer", RuleCode.FAQ_REQUIRED, "obligatoires",
                        (f, b) -> f.plain().faq(List.of(List.of("analyste-soc", "Une question ?", "")))),
                rejected("a FAQ row with a field too many", RuleCode.COLUMN_COUNT, "4 champ(s) au lieu de 3",
                        (f, b) -> f.plain().faq(List.of(List.of("analyste-soc", "Question ?", "en trop", "")))));
    }

    private static List<String> widen(List<String> row, int size) {
        List<String> wide = new ArrayList<>(row);
        while (wide.size() < size) {
            wide.add("");
        }
        return wide;
    }

    private static List<String> nCopies(String id, int size, String value) {
        List<String> row = new ArrayList<>(java.util.Collections.nCopies(size, value));
        row.set(0, id);
        return row;
    }
}
