package fr.fichesmetiers.brochure;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.xml.xmp.XmpWriter;

/**
 * What makes a document archivable and accessible: PDF/A-2b (PDF 1.7, sRGB output intent, embedded fonts, XMP)
 * and PDF/UA-1 (tagged, the {@code pdfuaid} schema, title shown in the window, document language, tab order
 * following the structure). The structure itself is drawn by {@link Tagging}.
 *
 * <p>PDF/A-2b rather than 1b: OpenPDF writes a CIDSet that misses the glyphs a subset pulls in (accents built from
 * parts), which PDF/A-1 requires and PDF/A-2 makes optional, so the fonts are written without one.
 */
final class PdfStandards {

    /** The {@code pdfuaid} schema is not one PDF/A knows: it is described as an extension schema. */
    private static final String UA_EXTENSION = """
            <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">\
            <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\
            <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">\
            <pdfaProperty:name>part</pdfaProperty:name>\
            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\
            <pdfaProperty:category>internal</pdfaProperty:category>\
            <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>\
            </rdf:li></rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas>""";

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfStandards() {
    }

    /** Before {@code document.open()}: conformance level, version, tagging and viewer settings. */
    static void prepare(PdfWriter writer, String language) {
        writer.setPDFXConformance(PdfWriter.PDFA2B);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setTagged();
        writer.setTabs(PdfName.S);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
        // Justified text is not used: spaces never widen, and letters never spread.
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
    }

    /** After {@code document.open()}, once the title and other metadata are set: output intent and XMP. */
    static void complete(Document document, PdfWriter writer) throws IOException {
        writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", SRGB);
        ByteArrayOutputStream xmp = new ByteArrayOutputStream(4096);
        XmpWriter xmpWriter = new XmpWriter(xmp, writer.getInfo(), PdfWriter.PDFA2B);
        xmpWriter.addRdfDescription("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"",
                "<pdfuaid:part>1</pdfuaid:part>");
        xmpWriter.addRdfDescription("xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" "
                + "xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" "
                + "xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"", UA_EXTENSION);
        xmpWriter.close();
        writer.setXmpMetadata(xmp.toByteArray());
    }

    /** The language tag of a locale's text, as {@code /Lang} takes it. */
    static String language(String language) {
        return language.equals("en") ? "en" : "fr-FR";
    }
}
