package fr.fichesmetiers.importing.onisep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlParagraphsTests {

    @Test
    void putsEachBlockOnALineOfItsOwn() {
        assertThat(HtmlParagraphs.of("<h5>Titre</h5>\n  <p>Un  texte\n sur deux lignes.</p><p>Un autre.</p>"))
                .isEqualTo("Titre\nUn texte sur deux lignes.\nUn autre.");
    }

    @Test
    void keepsListItemsAsAList() {
        assertThat(HtmlParagraphs.of("<p>Il sait :</p><ul><li>souder ;</li><li>lire un <em>plan</em>.</li></ul>"))
                .isEqualTo("Il sait :\n- souder ;\n- lire un plan.");
    }

    @Test
    void decodesEntitiesAndDropsInlineMarkupAndLinks() {
        assertThat(HtmlParagraphs.of("<p>R&amp;D, l&#39;IUT, &eacute;t&eacute; &#x2013; <a href=\"x\">site</a></p>"))
                .isEqualTo("R&D, l'IUT, été – site");
        assertThat(HtmlParagraphs.of("<p>&#99999999; et &bogus;</p>")).isEqualTo("&#99999999; et &bogus;");
    }

    @Test
    void givesNothingForNoText() {
        assertThat(HtmlParagraphs.of(null)).isNull();
        assertThat(HtmlParagraphs.of("<p> </p>")).isNull();
    }
}
