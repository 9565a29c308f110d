package fr.fichesmetiers.support;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The moves a streamed (StAX) reading of a large XML file makes, shared by ONISEP's file and workbook sheets. */
public final class XmlStreams {

    private XmlStreams() {
    }

    /**
     * Moves to the next child element: {@code true} on it, {@code false} at the current element's end. Text between
     * elements is passed over.
     */
    public static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                return false;
            }
        }
    }

    /** Passes over the current element, its children included, to its end. */
    public static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            }
            else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Closes the reader, then the stream under it (a StAX reader never closes its stream). */
    public static void close(XMLStreamReader xml, InputStream in) throws IOException {
        try {
            xml.close();
        }
        catch (XMLStreamException e) {
            throw new IOException(e);
        }
        finally {
            in.close();
        }
    }
}
