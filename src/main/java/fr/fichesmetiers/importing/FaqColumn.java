package fr.fichesmetiers.importing;

import java.util.List;

/** The columns of {@code faq.csv}. */
enum FaqColumn implements CsvColumn {
    ID("identifiant", "id"),
    QUESTION("question", "question"),
    ANSWER("reponse", "answer");

    private final String canonicalName;
    private final List<String> aliases;

    FaqColumn(String canonicalName, String englishName) {
        this.canonicalName = canonicalName;
        this.aliases = List.of(canonicalName, englishName);
    }

    @Override
    public String canonicalName() {
        return canonicalName;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public boolean required() {
        return true;
    }
}
