package fr.fichesmetiers.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class MessagesTests {

    private static Properties load(String language) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyMessageKeyExistsInFrenchAndEnglish() throws Exception {
        Set<String> french = new TreeSet<>(load("fr").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("en").stringPropertyNames());
        assertThat(english).containsExactlyElementsOf(french);
    }

    @Test
    void everyMessageIsAValidPatternWithTheSameArgumentsInBothLanguages() throws Exception {
        Properties fr = load("fr");
        Properties en = load("en");
        for (String key : fr.stringPropertyNames()) {
            MessageFormat french = new MessageFormat(fr.getProperty(key));
            MessageFormat english = new MessageFormat(en.getProperty(key));
            assertThat(english.getFormatsByArgumentIndex().length).as(key)
                    .isEqualTo(french.getFormatsByArgumentIndex().length);
        }
    }

    @Test
    void frenchApostrophesSurviveFormatting() {
        assertThat(Messages.forLanguage("fr").get("rule.ROME_FORMAT", "M18O2")).contains("n'est pas un code ROME");
        assertThat(Messages.forLanguage("fr").get("rule.REQUIRED")).isEqualTo("valeur obligatoire manquante");
    }
}
