package fr.fichesmetiers.importing.hostile;

import static fr.fichesmetiers.importing.hostile.HostileCase.imported;
import static fr.fichesmetiers.importing.hostile.HostileCase.refused;
import static fr.fichesmetiers.importing.hostile.HostileCase.refusedAt;
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
 * Hostile files: wrong or mixed encodings, cut files, workbooks, archives and binary data renamed {@code .csv}, a
 * stray file's content, and things that are not regular files of the input folder.
 */
final class HostileFiles {

    /** What a file outside the input folder holds: no message may ever show it. */
    static final String SECRET = "root:$6$s3cr3t-hash-never-shown";

    private HostileFiles() {
    }

    /** @param end the line after the baseline's last */
    static List<HostileCase> encodings(int end) {
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

    static List<HostileCase> notCsv() {
        byte[] random = new byte[20_000];
        new Random(18).nextBytes(random);
        return List.of(
                // Recognised as a workbook by its content, whatever its name, and read as one: this one is damaged.
                refused("an .xlsx renamed .csv", RuleCode.FILE_FORMAT, "fiches.csv n'est pas un classeur .xlsx lisible",
                        (f, b) -> f.plain().bytes("fiches.csv",
                                HostileFolder.zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"))),
                refused("a .zip renamed .csv", RuleCode.FILE_NOT_CSV, "archive ZIP",
                        (f, b) -> f.plain().bytes("fiches.csv", HostileFolder.zip("fiches.csv"))),
                refused("a .gz renamed .csv", RuleCode.FILE_NOT_CSV, "compressé (gzip)", (f, b) -> f.plain()
                        .bytes("fiches.csv", HostileFolder.gzip(f.baselineText().getBytes(StandardCharsets.UTF_8)))),
                refused("a PDF renamed .csv", RuleCode.FILE_NOT_CSV, "document PDF",
                        (f, b) -> f.plain().text("fiches.csv", "%PDF-1.7\n%\u00E2\u00E3\n1 0 obj\n<<>>\nendobj\n")),
                refused("an Excel 97 workbook renamed .csv", RuleCode.FILE_FORMAT, "Excel 97-2003 (.xls)",
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
                        (f, b) -> f.plain().text("fiches.csv", "<?xml version=\"1.0\"?>\n<catalogue><job/></catalogue>\n")),
                refused("random bytes", RuleCode.FILE_NOT_CSV, "données binaires",
                        (f, b) -> f.plain().bytes("fiches.csv", random)),
                refused("a NUL byte in the first row", RuleCode.FILE_NOT_CSV, "octets nuls",
                        (f, b) -> f.plain().text("fiches.csv", textWith(f, b, b.row("nul", "intitule", "Nul\0")))),
                refused("a file of another program in its place", RuleCode.HEADER_MISSING_COLUMN,
                        "elle commence par « root:$6$",
                        (f, b) -> f.plain().text("fiches.csv", SECRET + "x:19000:0:99999:7:::\n"))
                        .neverShowing("x:19000"),
                refused("an xlsx where faq.csv is expected", RuleCode.FILE_FORMAT, "faq.csv n'est pas un classeur .xlsx lisible",
                        (f, b) -> f.plain().bytes("faq.csv", HostileFolder.zip("xl/workbook.xml"))));
    }

    static List<HostileCase> notRegular(Path outside) {
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

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
