package fr.fichesmetiers.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import fr.fichesmetiers.brochure.SelectionBooklet;
import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.catalog.CatalogVersions;
import fr.fichesmetiers.support.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code booklet --only ID,ID --title "…"}: a booklet of a selection of profiles, for a class or a fair. */
@Command(name = "booklet", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = "Assemble un livret des fiches choisies, dans l'ordre donné (même mise en page qu'un guide).")
final class BookletCommand implements Callable<Integer> {

    @Option(names = "--only", paramLabel = "ID", split = ",", required = true,
            description = "Les fiches du livret, dans l'ordre.")
    List<String> only;

    @Option(names = "--title", paramLabel = "TITRE", required = true,
            description = "Le titre de la couverture, ex. « Forum des métiers 3e B ».")
    String title;

    @Option(names = "--out", paramLabel = "FICHIER",
            description = "Le fichier PDF (défaut : output/brochures/<titre>.pdf).")
    Path out;

    @Mixin
    LanguageOption language;

    private final SpringLauncher spring;
    private final PrintWriter console;

    BookletCommand(SpringLauncher spring, PrintWriter console) {
        this.spring = spring;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        Messages m = language.messages();
        spring.lock("booklet");
        CatalogRepository catalog = spring.bean(CatalogRepository.class);
        CatalogVersions.resolve(catalog, null, m);
        CatalogVersions.requireFiches(catalog, only, m);
        SelectionBooklet.Written written = spring.bean(SelectionBooklet.class).write(only, title.strip(), out,
                language.code(), LocalDate.now());
        console.println(m.get("booklet.written", written.file(), written.profiles(), written.pages()));
        return ExitCodes.DONE;
    }
}
