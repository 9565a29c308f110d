package fr.fichesmetiers.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import fr.fichesmetiers.importing.onisep.OnisepFiles;

/**
 * What kind of file an input is, recognised from its first bytes rather than its name: a spreadsheet saved under a
 * {@code .csv} name, or ONISEP's zip renamed, is still read for what it is.
 */
public enum ImportFormat {
    CSV, XLSX, ONISEP, XLS, ENCRYPTED_WORKBOOK;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final int SNIFFED = 1024;

    /** The format {@code --format} names ({@code csv}, {@code xlsx}, {@code onisep}), if it is one. */
    public static Optional<ImportFormat> named(String name) {
        return switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> Optional.of(CSV);
            case "xlsx", "excel" -> Optional.of(XLSX);
            case "onisep", "xml" -> Optional.of(ONISEP);
            default -> Optional.empty();
        };
    }

    /** The format of a file from its content; {@link #CSV} for anything that is not recognisably another one. */
    public static ImportFormat detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFFED);
        }
        if (startsWith(head, ZIP)) {
            return inZip(file);
        }
        if (startsWith(head, OLE2)) {
            return encrypted(file) ? ENCRYPTED_WORKBOOK : XLS;
        }
        return OnisepFiles.isOnisepXml(head) ? ONISEP : CSV;
    }

    private static ImportFormat inZip(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.xml") != null || zip.getEntry("[Content_Types].xml") != null) {
                return XLSX;
            }
            // Any other archive is not read: the input checks say what it is (extract the CSV from it).
            return OnisepFiles.entry(zip).isPresent() ? ONISEP : CSV;
        }
        catch (ZipException e) {
            // A damaged zip: the workbook reader says so with the file's name.
            return XLSX;
        }
    }

    /** A password-protected .xlsx is an OLE2 container holding the encrypted package and its description. */
    private static boolean encrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        }
        catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
