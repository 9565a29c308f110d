package fr.fichesmetiers.jobs.cli;

import fr.fichesmetiers.support.Messages;
import picocli.CommandLine.Option;

/** {@code --lang fr|en}: the language of messages, reports and documents (French by default). */
final class LanguageOption {

    enum Language { fr, en }

    static final String NAME = "--lang";

    // No default value here: CommandLineApp's default provider gives the --lang found anywhere on the line.
    @Option(names = NAME, paramLabel = "fr|en",
            description = "Langue des messages et documents : fr (défaut) ou en.")
    Language language = Language.fr;

    Messages messages() {
        return Messages.forLanguage(language.name());
    }

    String code() {
        return language.name();
    }
}
