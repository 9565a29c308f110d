package fr.fichesmetiers.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;

class FailuresTests {

    private final Messages french = Messages.forLanguage("fr");
    private final Messages english = Messages.forLanguage("en");

    @Test
    void saysInWordsThatAnOutputFolderCannotBeCreatedWhateverWrapsIt() {
        RuntimeException wrapped = new IllegalStateException("chunk failed",
                new java.io.UncheckedIOException(new NoSuchFileException("/proc/nope")));
        assertThat(Failures.describe(wrapped, french))
                .isEqualTo("dossier ou fichier introuvable, ou impossible à créer : /proc/nope");
        assertThat(Failures.describe(wrapped, english))
                .isEqualTo("folder or file not found, or cannot be created: /proc/nope");
    }

    @Test
    void namesTheFileAPermissionWasRefusedFor() {
        assertThat(Failures.describe(new AccessDeniedException("/srv/out/a.pdf"), french))
                .isEqualTo("accès refusé : /srv/out/a.pdf (droit d'écriture ?)");
        assertThat(Failures.describe(new FileSystemException("/mnt/cd/a.pdf", null, "Read-only file system"),
                english)).isEqualTo("/mnt/cd/a.pdf: Read-only file system");
    }

    @Test
    void keepsTheMessageOfOtherFailures() {
        assertThat(Failures.describe(new IllegalArgumentException("bad"), french))
                .isEqualTo("IllegalArgumentException: bad");
    }
}
