package fr.fichesmetiers.importing.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import fr.fichesmetiers.importing.table.TableRefusedException;
import fr.fichesmetiers.support.Messages;

/**
 * An .xlsx workbook opened for reading without loading its sheets: the names of its sheets, its shared strings and
 * styles, and each sheet's XML as a stream.
 */
final class XlsxWorkbook implements Closeable {

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final String fileName;

    private XlsxWorkbook(OPCPackage pkg, XSSFReader reader, String fileName) {
        this.pkg = pkg;
        this.reader = reader;
        this.fileName = fileName;
    }

    /** @throws TableRefusedException when the file is no .xlsx workbook POI can read */
    static XlsxWorkbook open(Path file, Messages messages) {
        String name = file.getFileName().toString();
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            return new XlsxWorkbook(pkg, reader, name);
        }
        catch (IOException | OpenXML4JException | RuntimeException e) {
            if (pkg != null) {
                pkg.revert();
            }
            throw new TableRefusedException(messages.get("xlsx.unreadable", name,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    /** The sheets' names, in the workbook's order. */
    List<String> sheetNames() throws IOException {
        List<String> names = new ArrayList<>();
        try {
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                sheets.next().close();
                names.add(sheets.getSheetName());
            }
        }
        catch (OpenXML4JException e) {
            throw new IOException(e);
        }
        return names;
    }

    /** The sheet of that name, case and spaces aside. */
    Optional<String> sheetNamed(String wanted) throws IOException {
        return sheetNames().stream()
                .filter(n -> n.strip().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** A new stream of the sheet's XML. */
    InputStream sheet(String name) throws IOException {
        try {
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                InputStream in = sheets.next();
                if (sheets.getSheetName().equals(name)) {
                    return in;
                }
                in.close();
            }
        }
        catch (OpenXML4JException e) {
            throw new IOException(e);
        }
        throw new IOException("no sheet " + name + " in " + fileName);
    }

    /** The shared strings, read as the cells ask for them (see {@link SpooledStrings}). */
    SpooledStrings strings() throws IOException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        return SpooledStrings.of(parts.isEmpty() ? null : parts.get(0).getInputStream());
    }

    StylesTable styles() throws IOException {
        try {
            return reader.getStylesTable();
        }
        catch (OpenXML4JException e) {
            throw new IOException(e);
        }
    }

    /** Whether the workbook counts its dates from 1904 (old Mac Excel) rather than 1900. */
    boolean date1904() throws IOException {
        try (InputStream in = reader.getWorkbookData()) {
            String head = new String(in.readNBytes(64 * 1024), java.nio.charset.StandardCharsets.UTF_8);
            return head.matches("(?s).*<(\\w+:)?workbookPr[^>]*date1904=\"(1|true)\".*");
        }
        catch (OpenXML4JException e) {
            throw new IOException(e);
        }
    }

    String fileName() {
        return fileName;
    }

    @Override
    public void close() {
        // Opened read-only: revert closes without writing anything back.
        pkg.revert();
    }
}
