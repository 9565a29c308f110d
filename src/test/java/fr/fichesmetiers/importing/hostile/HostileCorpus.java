package fr.fichesmetiers.importing.hostile;

import static fr.fichesmetiers.importing.hostile.HostileCase.imported;
import static fr.fichesmetiers.importing.hostile.HostileCase.refused;
import static fr.fichesmetiers.importing.hostile.HostileCase.refusedAt;
import static fr.fichesmetiers.importing.hostile.HostileCase.rejected;
import static fr.fichesmetiers.importing.hostile.HostileCase.rejectedAt;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import fr.fichesmetiers.importing.RuleCode;

/**
 * The hostile inputs, generated when the tests run (nothing binary is committed): wrong encodings, cut files,
 * binary data and renamed archives, huge fields, rows and headers, hostile titles and ids, Unicode tricks, salary
 * and FAQ edge cases, and things that are not regular files of the input folder.
 */
final class HostileCorpus {

    /** What a file outside the input folder holds: no message may ever show it. */
    static final String SECRET = "root:$6$s3cr3t-hash-never-shown";

    private HostileCorpus() {
    }

    static List<HostileCase> cases(Path outside, Baseline baseline) {
        List<HostileCase> cases = new ArrayList<>();
        cases.addAll(encodings(baseline.lines() + 1));
        cases.addAll(notCsv());
        cases.addAll(sizes());
        cases.addAll(texts());
        cases.addAll(salaries());
        cases.addAll(faq());
        cases.addAll(notRegular(outside));
        return cases;
    }

    /** @param end the line after the baseline's last */
    private static List<HostileCase> encodings(int end) {
        return List.of(
                imported("utf-16le without BOM", Set.of("utf16-le"), (f, b) -> f.plain()
                        .text("fiches.csv", textWith(f, b, b.row("utf16-le")), StandardCharsets.UTF_16LE)),
                imported("utf-16be without BOM", Set.of("utf16-be"), (f, b) -> f.plain()
                        .text("fiches.csv", textWith(f, b, b.row("utf16-be")), StandardCharsets.UTF_16BE)),
                imported("utf-16le with BOM, tab-separated (Excel Unicode text)", Set.of("utf16-tab"),
                        (f, b) -> f.plain().text("fiches.csv", "\uFEFF" + Csv.write(withRow(b, b.row("utf16-tab")),
                                "\t"), StandardCharsets.UTF_16LE)),
                refused("utf-32", RuleCode.FILE_NOT_CSV, "données binaires",
                        (f, b) -> f.plain().text("fiches.csv", f.baselineText(), Charset.forName("UTF-32LE"))),
                rejectedAt("Windows-1252 bytes in a UTF-8 file", RuleCode.TEXT_CONTROL_CHARACTERS, end,
                        "mélange plusieurs encodages", (f, b) -> f.plain().bytes("fiches.csv",
                                concat(f.baselineText().getBytes(StandardCharsets.UTF_8),
                                        Csv.line(b.row("stray-byte", "intitule", "Caf\u00E9"))
                                                .getBytes(Charset.forName("windows-1252"))))),
                rejectedAt("cut in the middle of its last character", RuleCode.COLUMN_COUNT, end, "3 champ(s) au lieu de 23",
                        (f, b) -> {
                            byte[] all = (f.baselineText() + "coupe;Métier coupé;Sant").getBytes(StandardCharsets.UTF_8);
                            byte[] cut = Arrays.copyOf(all, all.length + 2);
                            cut[all.length] = (byte) 0xC3;
                            f.plain().bytes("fiches.csv", Arrays.copyOf(cut, all.length + 1));
                        }),
                refusedAt("cut inside a quoted field", RuleCode.COLUMN_COUNT, 2, "guillemet non refermé", (f, b) -> {
                    String text = textWith(f, b, b.row("cut-quote", "resume", "Première ligne\nseconde"));
                    f.plain().text("fiches.csv", text.substring(0, text.indexOf("seconde")));
                }),
                refused("empty file", RuleCode.FILE_EMPTY, "est vide", (f, b) -> f.plain().text("fiches.csv", "")),
                refused("only a byte order mark", RuleCode.FILE_EMPTY, "est vide",
                        (f, b) -> f.plain().text("fiches.csv", "\uFEFF")),
                refused("header only", RuleCode.FILE_EMPTY, "que sa ligne d'en-tête",
                        (f, b) -> f.plain().text("fiches.csv", Csv.write(List.of(b.header())))),
                imported("old Mac line endings (CR only)", Set.of("mac-cr"), (f, b) -> f.plain()
                        .text("fiches.csv", textWith(f, b, b.row("mac-cr", "resume", "Un seul paragraphe."))
                                .replace("\r\n", "\r").replace("\n", "\r"))));
    }

    private static List<HostileCase> notCsv() {
        byte[] random = new byte[20_000];
        new Random(18).nextBytes(random);
        return List.of(
                refused("an .xlsx renamed .csv", RuleCode.FILE_NOT_CSV, "classeur Excel (.xlsx) : importez-le tel quel",
                        (f, b) -> f.plain().bytes("fiches.csv",
                                HostileFolder.zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"))),
                refused("a .zip renamed .csv", RuleCode.FILE_NOT_CSV, "archive ZIP",
                        (f, b) -> f.plain().bytes("fiches.csv", HostileFolder.zip("fiches.csv"))),
                refused("a .gz renamed .csv", RuleCode.FILE_NOT_CSV, "compressé (gzip)", (f, b) -> f.plain()
                        .bytes("fiches.csv", HostileFolder.gzip(f.baselineText().getBytes(StandardCharsets.UTF_8)))),
                refused("a PDF renamed .csv", RuleCode.FILE_NOT_CSV, "document PDF",
                        (f, b) -> f.plain().text("fiches.csv", "%PDF-1.7\n%\u00E2\u00E3\n1 0 obj\n<<>>\nendobj\n")),
                refused("an Excel 97 workbook renamed .csv", RuleCode.FILE_NOT_CSV, "Excel 97-2003 (.xls)",
                        (f, b) -> f.plain().bytes("fiches.csv", concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11,
                                (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, new byte[512]))),
                refused("a 7z archive renamed .csv", RuleCode.FILE_NOT_CSV, "archive compressée",
                        (f, b) -> f.plain().bytes("fiches.csv",
                                concat(new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C}, random))),
                refused("a PNG renamed .csv", RuleCode.FILE_NOT_CSV, "une image", (f, b) -> f.plain().bytes("fiches.csv",
                        concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, random))),
                refused("a web page saved as .csv", RuleCode.FILE_NOT_CSV, "page web (HTML)", (f, b) -> f.plain()
                        .text("fiches.csv", "<!DOCTYPE html>\n<html><body><table><tr><td>identifiant</td></tr>")),
                refused("an XML document renamed .csv", RuleCode.FILE_NOT_CSV, "document XML",
                        (f, b) -> f.plain().text("fiches.csv", "<?xml version=\"1.0\"?>\n<metiers></metiers>\n")),
                refused("random bytes", RuleCode.FILE_NOT_CSV, "données binaires",
                        (f, b) -> f.plain().bytes("fiches.csv", random)),
                refused("a NUL byte in the first row", RuleCode.FILE_NOT_CSV, "octets nuls",
                        (f, b) -> f.plain().text("fiches.csv", textWith(f, b, b.row("nul", "intitule", "Nul\0")))),
                refused("a file of another program in its place", RuleCode.HEADER_MISSING_COLUMN,
                        "elle commence par « root:$6$",
                        (f, b) -> f.plain().text("fiches.csv", SECRET + "x:19000:0:99999:7:::\n"))
                        .neverShowing("x:19000"),
                refused("an xlsx where faq.csv is expected", RuleCode.FILE_NOT_CSV, "faq.csv : ce fichier est un classeur",
                        (f, b) -> f.plain().bytes("faq.csv", HostileFolder.zip("xl/workbook.xml"))));
    }

    private static List<HostileCase> sizes() {
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

    private static List<HostileCase> texts() {
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

    private static List<HostileCase> salaries() {
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

    private static List<HostileCase> faq() {
        return List.of(
                rejected("a FAQ row for no profile", RuleCode.FAQ_UNKNOWN_PROFILE, "ne correspond à aucune fiche",
                        (f, b) -> f.plain().faq(List.of(List.of("fiche-absente", "Une question ?", "Une réponse.")))),
                rejected("a FAQ row without an answer", RuleCode.FAQ_REQUIRED, "obligatoires",
                        (f, b) -> f.plain().faq(List.of(List.of("analyste-soc", "Une question ?", "")))),
                rejected("a FAQ row with a field too many", RuleCode.COLUMN_COUNT, "4 champ(s) au lieu de 3",
                        (f, b) -> f.plain().faq(List.of(List.of("analyste-soc", "Question ?", "en trop", "")))));
    }

    private static List<HostileCase> notRegular(Path outside) {
        Path secret = outside.resolve("secret.csv");
        return List.of(
                refused("fiches.csv a link to a file outside the folder", RuleCode.FILE_NOT_REGULAR,
                        "lien symbolique vers " + secret + ", hors du dossier d'entrée",
                        (f, b) -> f.link("fiches.csv", secret)).neverShowing(SECRET),
                refused("faq.csv a link to a file outside the folder", RuleCode.FILE_NOT_REGULAR,
                        "faq.csv est un lien symbolique", (f, b) -> {
                            f.plain();
                            Files.delete(f.file("faq.csv"));
                            f.link("faq.csv", secret);
                        }).neverShowing(SECRET),
                refused("fiches.csv a link to a device", RuleCode.FILE_NOT_REGULAR, "/dev/zero",
                        (f, b) -> f.link("fiches.csv", Path.of("/dev/zero"))),
                imported("fiches.csv a link to a file inside the folder", Set.of("lien-interne"), (f, b) -> {
                    f.fiches(List.of(b.row("lien-interne")));
                    Files.move(f.file("fiches.csv"), f.file("export-du-jour.csv"));
                    f.link("fiches.csv", Path.of("export-du-jour.csv"));
                }),
                refused("fiches.csv a broken link", RuleCode.FILE_NOT_FOUND, "qui n'existe pas",
                        (f, b) -> f.link("fiches.csv", Path.of("parti.csv"))),
                refused("fiches.csv a directory", RuleCode.FILE_NOT_REGULAR, "fiches.csv est un dossier",
                        (f, b) -> f.directory("fiches.csv")),
                refused("faq.csv a directory", RuleCode.FILE_NOT_REGULAR, "faq.csv est un dossier", (f, b) -> {
                    f.plain();
                    Files.delete(f.file("faq.csv"));
                    f.directory("faq.csv");
                }),
                refused("fiches.csv a named pipe", RuleCode.FILE_NOT_REGULAR, "n'est pas un fichier ordinaire",
                        (f, b) -> f.fifo("fiches.csv")),
                refused("faq.csv a named pipe", RuleCode.FILE_NOT_REGULAR, "faq.csv n'est pas un fichier ordinaire",
                        (f, b) -> {
                            f.plain();
                            Files.delete(f.file("faq.csv"));
                            f.fifo("faq.csv");
                        }),
                refused("fiches.csv a device", RuleCode.FILE_NOT_REGULAR, "n'est pas un fichier ordinaire",
                        (f, b) -> f.device("fiches.csv")),
                refused("fiches.csv unreadable", RuleCode.FILE_UNREADABLE, "lecture refusée",
                        (f, b) -> f.unreadable("fiches.csv")));
    }

    /** The baseline's fiches.csv with a row first. */
    private static String textWith(HostileFolder f, Baseline b, List<String> row) {
        return Csv.write(withRow(b, row));
    }

    private static List<List<String>> withRow(Baseline b, List<String> row) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(b.header());
        rows.add(row);
        rows.addAll(b.rows());
        return rows;
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

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
