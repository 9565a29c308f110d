package fr.fichesmetiers.jobs.cli;

import java.util.concurrent.Callable;

import fr.fichesmetiers.jobs.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code fiches-metiers <command>}: no command prints the usage. */
@Command(name = "fiches-metiers", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        header = "Fiches Métiers : import, brochures et comparaison des fiches métiers.",
        synopsisSubcommandLabel = "COMMANDE",
        subcommands = {ImportCommand.class, ValidateCommand.class, ListCommand.class, ShowCommand.class,
                BrochuresCommand.class, BookletCommand.class, CompareCommand.class, SiteCommand.class, RunCommand.class, ScheduleCommand.class,
                HistoryCommand.class, ShowRunCommand.class, ExecutionCommands.Restart.class, ExecutionCommands.Stop.class,
                ExecutionCommands.Abandon.class, RecoverCommand.class, PurgeCommand.class,
                InitDbCommand.class, TemplateCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExemples :%n",
        // Each line stays under 80 columns: picocli wraps longer footer lines without indenting them.
        footer = {"  java -jar fiches-metiers.jar import",
                "      importe input/fiches.csv et input/faq.csv",
                "  java -jar fiches-metiers.jar import export.csv --max-rejects 5%%",
                "  java -jar fiches-metiers.jar validate input/ --lang en",
                "      vérifie sans rien publier, messages en anglais",
                "  java -jar fiches-metiers.jar list --guide Cybersécurité",
                "  java -jar fiches-metiers.jar show developpeur-back-end",
                "  java -jar fiches-metiers.jar brochures --guide Santé",
                "  java -jar fiches-metiers.jar booklet --title \"Forum 3e B\" --only ID,ID",
                "      un livret des fiches choisies, dans cet ordre",
                "  java -jar fiches-metiers.jar compare --out comparaison.xlsx",
                "  java -jar fiches-metiers.jar site",
                "      le site du catalogue dans output/site/, à ouvrir sans serveur",
                "  java -jar fiches-metiers.jar template",
                "      un classeur à remplir : modele-fiches.xlsx",
                "  java -jar fiches-metiers.jar run nightly",
                "      import, brochures, classeur et site, comme chaque nuit",
                "  java -jar fiches-metiers.jar history --limit 5",
                "  java -jar fiches-metiers.jar show-run 42",
                "      le détail de l'exécution 42 : étapes, compteurs, fichiers",
                "  java -jar fiches-metiers.jar recover",
                "  java -jar fiches-metiers.jar restart 42",
                "      après un arrêt brutal : marque l'exécution en échec, puis la reprend",
                "",
                "Codes de sortie :",
                "  0 terminé       1 échec, fichier refusé (catalogue intact) ou disque plein",
                "  2 commande, configuration ou version de Java invalide",
                "  3 terminé, avec des lignes rejetées",
                "  4 une autre exécution est en cours",
                "  5 arrêtée à la demande (SIGTERM, Ctrl-C, stop) : reprenez-la par restart",
                "  6 base ouverte par un autre programme   7 base injoignable",
                "  8 base endommagée   9 accès refusé au dossier de données",
                "  143 arrêt immédiat (second SIGTERM) : recover, puis restart"},
        resourceBundle = "i18n.cli")
final class RootCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Accepted here too, so that {@code fiches-metiers --lang en} shows the English help. */
    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.DONE;
    }
}
