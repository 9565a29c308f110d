package fr.fichesmetiers.importing.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.util.CellReference;

import fr.fichesmetiers.support.XmlStreams;

/**
 * Streams the rows of one sheet's XML with StAX, each as its spreadsheet row number and its cells' texts by column;
 * one row in memory at a time. Hidden rows are read like the others (hiding is not deleting); a merged area's value
 * fills its first column on every row of the area (a guide merged down a block of rows belongs to each).
 */
final class SheetRows implements Closeable {

    /** One row: its number as the spreadsheet shows it, and its values from column A. */
    record Row(int number, List<String> values) {
    }

    private final XMLStreamReader xml;
    private final InputStream in;
    private final SheetCells cells;
    private final List<MergedArea> merged;
    private int lastRow;

    SheetRows(InputStream in, SheetCells cells, List<MergedArea> merged) throws XMLStreamException {
        this.in = in;
        this.cells = cells;
        this.merged = merged;
        this.xml = factory().createXMLStreamReader(in);
    }

    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The next row of the sheet (blank ones included), or {@code null} after the last. */
    Row next() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                String r = xml.getAttributeValue(null, "r");
                int number = r == null ? lastRow + 1 : Integer.parseInt(r.strip());
                lastRow = number;
                return new Row(number, fill(number, cells()));
            }
        }
        return null;
    }

    private List<String> cells() throws XMLStreamException {
        List<String> values = new ArrayList<>();
        while (nextChild()) {
            if (!"c".equals(xml.getLocalName())) {
                skip();
                continue;
            }
            String ref = xml.getAttributeValue(null, "r");
            int column = ref == null ? values.size() : new CellReference(ref).getCol();
            String type = xml.getAttributeValue(null, "t");
            String style = xml.getAttributeValue(null, "s");
            String raw = cellContent();
            while (values.size() < column) {
                values.add("");
            }
            String value = cells.value(type, style, raw);
            if (column < values.size()) {
                values.set(column, value);
            }
            else {
                values.add(value);
            }
        }
        return values;
    }

    /** The text of the cell's {@code v}, or of its inline string ({@code is}, rich runs joined); {@code f} ignored. */
    private String cellContent() throws XMLStreamException {
        String value = null;
        StringBuilder inline = null;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if (name.equals("v")) {
                    value = xml.getElementText();
                    depth--;
                }
                else if (name.equals("t") && inline != null) {
                    inline.append(xml.getElementText());
                    depth--;
                }
                else if (name.equals("is")) {
                    inline = new StringBuilder();
                }
                else if (name.equals("rPh")) {
                    // Phonetic guides (Japanese) are not part of the text.
                    skip();
                    depth--;
                }
            }
            else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return inline != null ? inline.toString() : value;
    }

    private List<String> fill(int row, List<String> values) {
        for (MergedArea area : merged) {
            if (area.firstRow() == row) {
                area.value(area.firstColumn() < values.size() ? values.get(area.firstColumn()) : "");
            }
            else if (area.covers(row)) {
                while (values.size() <= area.firstColumn()) {
                    values.add("");
                }
                values.set(area.firstColumn(), area.value());
            }
        }
        return values;
    }

    private boolean nextChild() throws XMLStreamException {
        return XmlStreams.nextChild(xml);
    }

    private void skip() throws XMLStreamException {
        XmlStreams.skip(xml);
    }

    @Override
    public void close() throws IOException {
        XmlStreams.close(xml, in);
    }
}
