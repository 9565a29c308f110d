package fr.fichesmetiers.importing.xlsx;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import fr.fichesmetiers.support.XmlStreams;

/**
 * A workbook's shared strings, read from their part only as far as the cells ask, and kept in a temporary file
 * rather than in memory. Excel and LibreOffice put the text of every text cell there: 260 MB of XML for 10 000
 * profiles, which POI's tables (even the read-only one) hold whole, and which overflowed a 256 MB heap. Here only
 * the strings' positions are held (8 bytes each). As Excel numbers the strings in the order the cells first use
 * them, rows read in order ask for the strings just parsed (kept at hand) or for earlier ones (read back from the
 * file, which the system's cache mostly serves); reading a header parses only the first strings.
 */
final class SpooledStrings implements Closeable {

    private final InputStream in;
    private final XMLStreamReader xml;
    private final FileChannel spool;
    private final OutputStream out;
    private long[] starts = new long[1024];
    private int count;
    private long written;
    private boolean ended;
    private boolean unflushed;
    private int lastIndex = -1;
    private String last;
    private ByteBuffer buffer = ByteBuffer.allocate(8192);

    private SpooledStrings(InputStream in, XMLStreamReader xml, FileChannel spool) {
        this.in = in;
        this.xml = xml;
        this.spool = spool;
        this.out = spool == null ? null : new BufferedOutputStream(Channels.newOutputStream(spool), 64 * 1024);
        this.ended = xml == null;
    }

    /** The strings of a part's XML, or none when the workbook has no such part ({@code null}). */
    static SpooledStrings of(InputStream part) throws IOException {
        if (part == null) {
            return new SpooledStrings(null, null, null);
        }
        try {
            XMLStreamReader xml = SheetRows.factory().createXMLStreamReader(part);
            // Owner-only (the default of a temporary file), and gone when closed, or when the process ends.
            Path file = Files.createTempFile("fiches-strings-", ".bin");
            FileChannel spool = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
            return new SpooledStrings(part, xml, spool);
        }
        catch (XMLStreamException e) {
            part.close();
            throw new IOException(e);
        }
        catch (IOException | RuntimeException e) {
            part.close();
            throw e;
        }
    }

    /**
     * The string at an index, or {@code null} when the table has no such index.
     *
     * @throws XMLStreamException when the part's XML is damaged before that index
     * @throws UncheckedIOException when the temporary file cannot be written or read (a full disk)
     */
    String get(int index) throws XMLStreamException {
        if (index < 0) {
            return null;
        }
        if (index == lastIndex) {
            return last;
        }
        while (count <= index && !ended) {
            String parsed = parseNext();
            if (parsed != null && count - 1 == index) {
                return parsed;
            }
        }
        return index < count ? readBack(index) : null;
    }

    /** Parses the next string and spools it; {@code null} at the table's end. */
    private String parseNext() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
                String text = item();
                spool(text);
                lastIndex = count - 1;
                last = text;
                return text;
            }
        }
        ended = true;
        return null;
    }

    /** The text of one {@code si}: its {@code t}, or its rich runs' joined; phonetic guides ({@code rPh}) left out. */
    private String item() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (XmlStreams.nextChild(xml)) {
            String name = xml.getLocalName();
            if ("t".equals(name)) {
                text.append(xml.getElementText());
            }
            else if ("r".equals(name)) {
                while (XmlStreams.nextChild(xml)) {
                    if ("t".equals(xml.getLocalName())) {
                        text.append(xml.getElementText());
                    }
                    else {
                        XmlStreams.skip(xml);
                    }
                }
            }
            else {
                XmlStreams.skip(xml);
            }
        }
        return text.toString();
    }

    private void spool(String text) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = written;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            out.write(bytes);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written += bytes.length;
        unflushed = true;
    }

    private String readBack(int index) {
        long start = starts[index];
        int length = (int) ((index + 1 < count ? starts[index + 1] : written) - start);
        try {
            if (unflushed) {
                out.flush();
                unflushed = false;
            }
            if (buffer.capacity() < length) {
                buffer = ByteBuffer.allocate(Math.max(length, buffer.capacity() * 2));
            }
            buffer.clear().limit(length);
            while (buffer.hasRemaining()) {
                if (spool.read(buffer, start + buffer.position()) < 0) {
                    throw new IOException("shared strings spool ended early");
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String(buffer.array(), 0, length, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        if (xml == null) {
            return;
        }
        try {
            XmlStreams.close(xml, in);
        }
        finally {
            spool.close();
        }
    }
}
