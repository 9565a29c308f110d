package fr.fichesmetiers.jobs.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.catalog.CatalogView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code show ID}: one published profile in full, as text. */
@Command(name = "show", sortOptions = false, usageHelpAutoWidth = true,
        description = "Affiche une fiche publiée en entier.")
final class ShowCommand implements Callable<Integer> {

    // --version names a catalog version here, so picocli's standard -h/-V pair cannot be mixed in: -h alone.
    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "mixinStandardHelpOptions.help",
            description = "Affiche cette aide.")
    boolean help;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "fiche",
            description = "Identifiant de la fiche (ex. developpeur-back-end).")
    String id;

    @Option(names = "--version", paramLabel = "V", description = "Une version antérieure du catalogue.")
    Long version;

    @Mixin
    LanguageOption language;

    private final SpringLauncher spring;
    private final PrintWriter out;

    ShowCommand(SpringLauncher spring, PrintWriter out) {
        this.spring = spring;
        this.out = out;
    }

    @Override
    public Integer call() {
        spring.bean(CatalogView.class).show(id, version, language.messages(), out);
        return ExitCodes.DONE;
    }
}
