package fr.fichesmetiers.jobs.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.file.Path;
import java.util.Locale;

import fr.fichesmetiers.importing.ImportFormat;
import fr.fichesmetiers.importing.ImportRequest;
import fr.fichesmetiers.importing.RejectLimit;
import fr.fichesmetiers.jobs.run.RequestTime;
import fr.fichesmetiers.support.Messages;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by {@code import} and {@code validate}. */
final class ImportOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CHEMIN", defaultValue = "input", descriptionKey = "path",
            description = "Dossier contenant fiches.csv (et faq.csv), ou un fichier de fiches. Défaut : input/")
    Path path;

    @Option(names = "--max-rejects", paramLabel = "N|P%",
            description = "Lignes rejetées tolérées avant de ne rien publier : un nombre ou un pourcentage "
                    + "(défaut : 10 %%).")
    String maxRejects;

    @Option(names = "--force", description = "Publie même si plus de 20 %% des fiches publiées seraient retirées.")
    boolean force;

    @Option(names = "--encoding", paramLabel = "ENCODAGE",
            description = "Force l'encodage (UTF-8, windows-1252…) au lieu de le détecter.")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "D", description = "Force le séparateur : ; , ou tab.")
    String delimiter;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Force le format du fichier : csv, xlsx ou onisep (défaut : reconnu d'après son contenu).")
    String format;

    @Option(names = "--update", description = "Complète les fiches publiées : le fichier a la colonne identifiant et "
            + "les colonnes à changer ; seules ces cellules changent, aucune fiche n'est retirée.")
    boolean update;

    @Option(names = "--keep-updates", description = "Import complet qui garde les cellules ajoutées par import "
            + "--update (reportées sur les lignes du fichier).")
    boolean keepUpdates;

    @Mixin
    LanguageOption language;

    /** Checks the option values; returns a message for the first wrong one, or {@code null}. */
    String problem(Messages m) {
        if (maxRejects != null) {
            try {
                RejectLimit.parse(maxRejects);
            }
            catch (IllegalArgumentException e) {
                // A percentage above 100 is well formed, only out of range: said as such.
                return m.get(maxRejects.strip().matches("\\d+(\\.\\d+)?\\s*%") ? "usage.maxRejectsPercent"
                        : "usage.maxRejects", maxRejects);
            }
        }
        if (encoding != null) {
            try {
                if (!Charset.isSupported(encoding)) {
                    return m.get("usage.encoding", encoding);
                }
            }
            catch (IllegalCharsetNameException e) {
                return m.get("usage.encoding", encoding);
            }
        }
        if (delimiter != null && delimiterChar() == null) {
            return m.get("usage.delimiter", delimiter);
        }
        if (format != null && ImportFormat.named(format).isEmpty()) {
            return m.get("usage.format", format);
        }
        if (update && keepUpdates) {
            return m.get("usage.updateAndKeep");
        }
        return null;
    }

    /**
     * The forced delimiter as one character, or {@code null}. Only what the input contract allows: a tab is
     * also accepted by name, since a shell makes a literal tab hard to type.
     */
    String delimiterChar() {
        if (delimiter == null) {
            return null;
        }
        return switch (delimiter.toLowerCase(Locale.ROOT)) {
            case ";", "," -> delimiter;
            case "tab", "tabulation", "\\t", "\t" -> "\t";
            default -> null;
        };
    }

    /** The import these options ask for, once {@link #problem} found nothing wrong. */
    ImportRequest request(boolean dryRun) {
        return new ImportRequest(path, encoding == null ? null : Charset.forName(encoding).name(), delimiterChar(),
                maxRejects, force, dryRun, language.code(), RequestTime.now(), null,
                format == null ? null : format.strip().toLowerCase(Locale.ROOT), update, keepUpdates);
    }
}
