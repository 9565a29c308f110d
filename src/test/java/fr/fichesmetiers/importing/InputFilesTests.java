package fr.fichesmetiers.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.fichesmetiers.support.Messages;

class InputFilesTests {

    private static final String CSV = "identifiant;intitule\nx;Métier\n";
    private final Messages messages = Messages.forLanguage("fr");

    @TempDir
    Path dir;

    @Test
    void readsAFolderReachedThroughALinkAndLinksToFilesOfItsSubfolders() throws Exception {
        Path real = Files.createDirectories(dir.resolve("partage/exports"));
        Files.writeString(real.resolve("fiches-decembre.csv"), CSV);
        Files.createSymbolicLink(real.getParent().resolve("fiches.csv"), Path.of("exports/fiches-decembre.csv"));
        Path input = Files.createSymbolicLink(dir.resolve("input"), real.getParent());
        Path checked = new InputFiles(input, messages).check(input.resolve("fiches.csv"));
        assertThat(checked).isEqualTo(real.resolve("fiches-decembre.csv").toRealPath());
    }

    @Test
    void refusesALinkThatClimbsOutOfTheFolderWithoutReadingIt() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.writeString(dir.resolve("voisin.csv"), CSV);
        Files.createSymbolicLink(input.resolve("fiches.csv"), Path.of("../voisin.csv"));
        assertThatThrownBy(() -> new InputFiles(input, messages).check(input.resolve("fiches.csv")))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(RuleCode.FILE_NOT_REGULAR))
                .hasMessage("fiches.csv est un lien symbolique vers ../voisin.csv, hors du dossier d'entrée " + input
                        + " : refusé sans être lu (placez le fichier lui-même dans le dossier)");
    }

    @Test
    void refusesAWorkbookSayingWhatItIs() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.write(input.resolve("fiches.csv"), new byte[] {0x50, 0x4B, 0x03, 0x04, 'x', 'l', '/', 'w', 'o', 'r',
                'k', 'b', 'o', 'o', 'k'});
        assertThatThrownBy(() -> new InputFiles(input, messages).check(input.resolve("fiches.csv")))
                .hasMessage("fiches.csv : ce fichier est un classeur Excel (.xlsx) : importez-le tel quel, ou"
                        + " enregistrez-le en CSV");
    }
}
