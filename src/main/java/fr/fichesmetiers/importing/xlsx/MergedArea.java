package fr.fichesmetiers.importing.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A merged area of a sheet that spans several rows, and the value of its first cell once read. A sheet lists its
 * merged areas after its rows: a first pass over its XML finds them (a few per sheet, whatever its size).
 */
final class MergedArea {

    private final int firstRow;
    private final int lastRow;
    private final int firstColumn;
    private String value = "";

    private MergedArea(CellRangeAddress range) {
        // CellRangeAddress counts rows from 0, the spreadsheet from 1.
        this.firstRow = range.getFirstRow() + 1;
        this.lastRow = range.getLastRow() + 1;
        this.firstColumn = range.getFirstColumn();
    }

    /** The merged areas of a sheet spanning more than one row. */
    static List<MergedArea> in(InputStream sheet) throws IOException {
        List<MergedArea> areas = new ArrayList<>();
        try (sheet) {
            XMLStreamReader xml = SheetRows.factory().createXMLStreamReader(sheet);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "mergeCell".equals(xml.getLocalName())) {
                    String ref = xml.getAttributeValue(null, "ref");
                    if (ref != null && ref.contains(":")) {
                        CellRangeAddress range = CellRangeAddress.valueOf(ref);
                        if (range.getLastRow() > range.getFirstRow()) {
                            areas.add(new MergedArea(range));
                        }
                    }
                }
            }
            xml.close();
        }
        catch (XMLStreamException | IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        return areas;
    }

    int firstRow() {
        return firstRow;
    }

    int firstColumn() {
        return firstColumn;
    }

    boolean covers(int row) {
        return row > firstRow && row <= lastRow;
    }

    String value() {
        return value;
    }

    void value(String firstCell) {
        this.value = firstCell;
    }
}
