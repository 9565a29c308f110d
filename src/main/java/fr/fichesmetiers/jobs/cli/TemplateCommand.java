package fr.fichesmetiers.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.importing.TemplateWriter;
import fr.fichesmetiers.jobs.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code template}: the workbook (or CSV file) an office fills in and imports. Needs no database. */
@Command(name = "template", mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
        description = "Écrit un modèle à remplir (modele-fiches.xlsx) : colonnes commentées, listes, feuilles ROME et faq.")
final class TemplateCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FICHIER", descriptionKey = "template.out",
            description = "Fichier à écrire (défaut : modele-fiches.xlsx, ou modele-fiches.csv avec --format csv).")
    Path out;

    @Option(names = "--format", paramLabel = "xlsx|csv", descriptionKey = "template.format",
            description = "xlsx (défaut) ou csv.")
    String format = "xlsx";

    @Mixin
    LanguageOption language;

    private final PrintWriter console;

    TemplateCommand(SpringLauncher spring, PrintWriter console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        boolean csv = "csv".equalsIgnoreCase(format.strip());
        Path target = out != null ? out : Path.of(csv ? "modele-fiches.csv" : "modele-fiches.xlsx");
        if (csv) {
            TemplateWriter.csv(target, language.messages());
        }
        else {
            TemplateWriter.xlsx(target, ReferenceCodes.bundled(), language.messages());
        }
        console.println(language.messages().get("template.written", target.toAbsolutePath().normalize()));
        return ExitCodes.DONE;
    }
}
