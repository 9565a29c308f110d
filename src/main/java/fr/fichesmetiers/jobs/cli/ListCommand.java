package fr.fichesmetiers.jobs.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.catalog.CatalogView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code list}: the published catalog (or an earlier version) as an aligned table. */
@Command(name = "list", sortOptions = false, usageHelpAutoWidth = true,
        description = "Liste les fiches du catalogue publié (ou d'une version antérieure).")
final class ListCommand implements Callable<Integer> {

    // --version names a catalog version here, so picocli's standard -h/-V pair cannot be mixed in: -h alone.
    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "mixinStandardHelpOptions.help",
            description = "Affiche cette aide.")
    boolean help;

    @Option(names = "--guide", paramLabel = "GUIDE", description = "Seulement les fiches de ce guide.")
    String guide;

    @Option(names = "--version", paramLabel = "V", description = "Une version antérieure du catalogue.")
    Long version;

    @Mixin
    LanguageOption language;

    private final SpringLauncher spring;
    private final PrintWriter out;

    ListCommand(SpringLauncher spring, PrintWriter out) {
        this.spring = spring;
        this.out = out;
    }

    @Override
    public Integer call() {
        spring.bean(CatalogView.class).list(version, guide, language.messages(), out);
        return ExitCodes.DONE;
    }
}
