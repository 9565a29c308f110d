package fr.fichesmetiers.jobs;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.fiche.CatalogVersion;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.support.Euros;
import fr.fichesmetiers.support.Messages;
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

    private final SpringContext spring;
    private final PrintWriter out;

    ListCommand(SpringContext spring, PrintWriter out) {
        this.spring = spring;
        this.out = out;
    }

    @Override
    public Integer call() {
        Messages messages = language.messages();
        CatalogRepository catalog = spring.bean(CatalogRepository.class);
        CatalogVersion catalogVersion = CatalogVersions.resolve(catalog, version, messages);
        if (version == null) {
            CatalogVersions.requireGuide(catalog, guide, messages);
        }
        List<FicheSummary> fiches = catalog.summaries(catalogVersion.id(), guide);
        out.println(messages.get("list.heading", String.valueOf(catalogVersion.id()),
                CatalogVersions.date(catalogVersion, messages), String.valueOf(fiches.size())));
        out.println();
        TextTable table = new TextTable(48, List.of(messages.get("fact.id"), messages.get("fact.title"),
                messages.get("fact.guide"), "ROME", messages.get("list.level"), messages.get("list.starting"),
                messages.get("list.experienced")), false, false, false, false, false, true, true);
        for (FicheSummary f : fiches) {
            table.add(List.of(f.id(), f.title(), f.guide(), f.rome().code(),
                    messages.get(f.educationLevel().messageKey()),
                    Euros.format(f.salary().starting(), messages.locale(), ' '),
                    Euros.format(f.salary().experienced(), messages.locale(), ' ')));
        }
        if (table.isEmpty()) {
            out.println(messages.get("list.empty"));
        }
        else {
            table.print(out);
        }
        return ExitCodes.DONE;
    }
}
