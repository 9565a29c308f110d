package fr.fichesmetiers.importing.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLStreamException;

import org.junit.jupiter.api.Test;

class SpooledStringsTests {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"9\" uniqueCount=\"5\">";

    private static SpooledStrings of(String xml) throws IOException {
        return SpooledStrings.of(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsPlainStringsRichRunsJoinedAndLeavesPhoneticGuidesOut() throws Exception {
        try (SpooledStrings strings = of(HEAD + "<si><t>identifiant</t></si>"
                + "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Technicien </t></r><r><t>d’études</t></r></si>"
                + "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>"
                + "<si><t xml:space=\"preserve\">Premier paragraphe &amp; &lt;suite&gt;&#10;Second 🎓</t></si>"
                + "<si><t/></si></sst>")) {
            assertThat(strings.get(0)).isEqualTo("identifiant");
            assertThat(strings.get(1)).isEqualTo("Technicien d’études");
            assertThat(strings.get(2)).isEqualTo("東京");
            assertThat(strings.get(3)).isEqualTo("Premier paragraphe & <suite>\nSecond 🎓");
            assertThat(strings.get(4)).isEmpty();
            assertThat(strings.get(5)).isNull();
        }
    }

    @Test
    void readsAnEarlierStringBackFromTheSpoolInAnyOrder() throws Exception {
        StringBuilder xml = new StringBuilder(HEAD);
        for (int i = 0; i < 5000; i++) {
            xml.append("<si><t>texte numéro ").append(i).append(" ").append("é".repeat(i % 300)).append("</t></si>");
        }
        try (SpooledStrings strings = of(xml.append("</sst>").toString())) {
            assertThat(strings.get(4999)).startsWith("texte numéro 4999 ");
            assertThat(strings.get(0)).isEqualTo("texte numéro 0 ");
            assertThat(strings.get(299)).isEqualTo("texte numéro 299 " + "é".repeat(299));
            assertThat(strings.get(4999)).isEqualTo("texte numéro 4999 " + "é".repeat(4999 % 300));
            assertThat(strings.get(1234)).isEqualTo("texte numéro 1234 " + "é".repeat(1234 % 300));
        }
    }

    @Test
    void parsesOnlyAsFarAsTheCellsAsk() throws Exception {
        // Damaged after its first strings: reading a header that uses them still works.
        try (SpooledStrings strings = of(HEAD + "<si><t>identifiant</t></si><si><t>intitule</t></si><si><t>cou")) {
            assertThat(strings.get(1)).isEqualTo("intitule");
            assertThat(strings.get(0)).isEqualTo("identifiant");
            assertThatThrownBy(() -> strings.get(2)).isInstanceOf(XMLStreamException.class);
        }
    }

    @Test
    void aWorkbookWithoutSharedStringsHasNone() throws Exception {
        try (SpooledStrings strings = SpooledStrings.of(null)) {
            assertThat(strings.get(0)).isNull();
        }
    }
}
