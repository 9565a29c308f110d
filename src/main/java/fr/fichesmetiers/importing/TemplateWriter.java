package fr.fichesmetiers.importing;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import fr.fichesmetiers.fiche.EducationLevel;
import fr.fichesmetiers.fiche.Employability;
import fr.fichesmetiers.fiche.Mobility;
import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.fiche.RomeVersion;
import fr.fichesmetiers.support.AtomicFiles;
import fr.fichesmetiers.support.Messages;

/**
 * Writes {@code modele-fiches.xlsx}, the workbook an office fills in: every contract column with a comment saying
 * what goes there, required ones highlighted, drop-down lists for the closed vocabularies and the ROME codes (sheet
 * ROME), a faq sheet, a frozen header and one example row; or the same header and row as CSV. Either imports back.
 */
public final class TemplateWriter {

    /** The detail columns of issue 12 after the contract's, with the ROME version. */
    static final List<String> DETAIL_COLUMNS = List.of("version_rome", "intitule_feminin", "formations",
            "metiers_proches", "liens", "source", "mis_a_jour_le");
    private static final int ROWS_VALIDATED = 2000;

    private TemplateWriter() {
    }

    /** The profiles header of the template: the contract's columns, then the detail columns. */
    static List<String> header() {
        List<String> header = new ArrayList<>(RowMerge.CONTRACT_HEADER);
        DETAIL_COLUMNS.stream().filter(column -> !header.contains(column)).forEach(header::add);
        return header;
    }

    public static void csv(Path target, Messages messages) throws IOException {
        Map<String, Object> example = TemplateExample.fiche();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        AtomicFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, format);
            printer.printRecord(header());
            printer.printRecord(header().stream().map(c -> String.valueOf(example.getOrDefault(c, ""))).toList());
            printer.flush();
        });
    }

    public static void xlsx(Path target, ReferenceCodes codes, Messages messages) throws IOException {
        AtomicFiles.write(target, out -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                Styles styles = new Styles(workbook);
                Sheet fiches = workbook.createSheet("fiches");
                int romeRows = romeSheet(workbook.createSheet("ROME"), codes, messages, styles);
                Set<String> required = requiredColumns();
                table(fiches, header(), TemplateExample.fiche(), required, styles,
                        c -> messages.get(columnKey(c)) + " " + messages.get(required.contains(c)
                                ? "template.required" : "template.optional"));
                lists(fiches, romeRows, messages);
                Sheet faq = workbook.createSheet("faq");
                table(faq, List.of("identifiant", "question", "reponse"), TemplateExample.faq(),
                        Set.of("identifiant", "question", "reponse"), styles,
                        c -> messages.get("template.faq." + c) + " " + messages.get("template.required"));
                workbook.setActiveSheet(0);
                workbook.write(out);
            }
        });
    }

    private static Set<String> requiredColumns() {
        Set<String> required = new java.util.HashSet<>();
        for (FicheColumn column : FicheColumn.values()) {
            if (column.required()) {
                required.add(column.canonicalName());
            }
        }
        return required;
    }

    private static String columnKey(String column) {
        boolean text = Arrays.stream(FicheColumn.values()).anyMatch(c -> c.canonicalName().equals(column)
                && c.section() != null && c != FicheColumn.SUMMARY);
        return text ? "template.column.texte" : "template.column." + column;
    }

    /** A header row with comments, the example row under it, the header frozen and widths that fit. */
    private static void table(Sheet sheet, List<String> header, Map<String, Object> example, Set<String> required,
            Styles styles, java.util.function.Function<String, String> comment) {
        Row head = sheet.createRow(0);
        Row row = sheet.createRow(1);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            var cell = head.createCell(c);
            cell.setCellValue(name);
            cell.setCellStyle(required.contains(name) ? styles.required : styles.optional);
            ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + 3);
            anchor.setRow1(0);
            anchor.setRow2(4);
            Comment note = drawing.createCellComment(anchor);
            note.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(comment.apply(name)));
            cell.setCellComment(note);
            Object value = example.getOrDefault(name, "");
            var valueCell = row.createCell(c);
            if (value instanceof Number number) {
                valueCell.setCellValue(number.doubleValue());
            }
            else {
                valueCell.setCellValue(String.valueOf(value));
            }
            valueCell.setCellStyle(styles.wrapped);
            int width = Math.max(name.length() + 4, Math.min(String.valueOf(value).length() + 3, 50));
            sheet.setColumnWidth(c, Math.min(width, 60) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
    }

    /** Drop-down lists for the vocabularies, the ROME version, and the codes of the ROME sheet. */
    private static void lists(Sheet sheet, int romeRows, Messages messages) {
        List<String> header = header();
        DataValidationHelper helper = sheet.getDataValidationHelper();
        list(sheet, helper, header.indexOf("niveau_etudes"), helper.createExplicitListConstraint(
                Arrays.stream(EducationLevel.values()).map(EducationLevel::label).toArray(String[]::new)), messages);
        list(sheet, helper, header.indexOf("employabilite"), helper.createExplicitListConstraint(
                Arrays.stream(Employability.values()).map(Employability::label).toArray(String[]::new)), messages);
        list(sheet, helper, header.indexOf("mobilite"), helper.createExplicitListConstraint(
                Arrays.stream(Mobility.values()).map(Mobility::label).toArray(String[]::new)), messages);
        list(sheet, helper, header.indexOf("version_rome"), helper.createExplicitListConstraint(
                Arrays.stream(RomeVersion.values()).map(RomeVersion::label).toArray(String[]::new)), messages);
        list(sheet, helper, header.indexOf("code_rome"),
                helper.createFormulaListConstraint("ROME!$A$2:$A$" + (romeRows + 1)), messages);
    }

    private static void list(Sheet sheet, DataValidationHelper helper, int column,
            DataValidationConstraint constraint, Messages messages) {
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(1, ROWS_VALIDATED, column, column));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(messages.get("template.list"), messages.get("template.list"));
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    /** The ROME sheet: every v3 code, then the codes 4.0 adds; returns how many rows it has. */
    private static int romeSheet(Sheet sheet, ReferenceCodes codes, Messages messages, Styles styles) {
        Row head = sheet.createRow(0);
        String[] names = {messages.get("template.rome.code"), messages.get("template.rome.label"),
            messages.get("template.rome.version")};
        for (int c = 0; c < names.length; c++) {
            head.createCell(c).setCellValue(names[c]);
            head.getCell(c).setCellStyle(styles.optional);
        }
        int r = 1;
        var v3 = codes.romeCodes(RomeVersion.V3);
        for (var entry : v3.entrySet()) {
            r = romeRow(sheet, r, entry.getKey(), entry.getValue(), RomeVersion.V3);
        }
        for (var entry : codes.romeCodes(RomeVersion.V4).entrySet()) {
            if (!v3.containsKey(entry.getKey())) {
                r = romeRow(sheet, r, entry.getKey(), entry.getValue(), RomeVersion.V4);
            }
        }
        sheet.setColumnWidth(0, 10 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        sheet.setColumnWidth(2, 10 * 256);
        sheet.createFreezePane(0, 1);
        return r - 1;
    }

    private static int romeRow(Sheet sheet, int r, String code, String label, RomeVersion version) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(code);
        row.createCell(1).setCellValue(label);
        row.createCell(2).setCellValue(version.label());
        return r + 1;
    }

    /** Header styles: required columns on a coloured fill, the others plain bold. */
    private static final class Styles {

        final XSSFCellStyle required;
        final XSSFCellStyle optional;
        final XSSFCellStyle wrapped;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            optional = workbook.createCellStyle();
            optional.setFont(bold);
            required = workbook.createCellStyle();
            required.setFont(bold);
            required.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
            required.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        }
    }
}
