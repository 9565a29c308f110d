package fr.fichesmetiers.importing;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import fr.fichesmetiers.support.FileKind;
import fr.fichesmetiers.support.FormulaSafe;
import fr.fichesmetiers.support.Messages;

/**
 * The input folder as a trust boundary: it is often a shared drive others can write to, so only its regular files
 * are read. A symbolic link that leads out of it, a directory, a named pipe (opening one would wait for a writer
 * forever), a device or a socket is refused by its name, from its attributes alone, without being opened; and a
 * file that is not CSV text is refused saying what it is.
 */
final class InputFiles {

    /** Longest link target quoted in a message. */
    private static final int SHOWN_TARGET = 120;

    private final Path folder;
    private final Messages messages;

    /** @param folder the input folder (for a single file: the folder holding it) */
    InputFiles(Path folder, Messages messages) {
        this.folder = folder;
        this.messages = messages;
    }

    /** Whether something is there under that name: a broken link or a pipe counts, so that it is refused. */
    static boolean present(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Checks a file of the folder before anything reads it.
     *
     * @return the file to read: its real path, links inside the folder resolved
     * @throws ImportRefusedException when it is not a readable regular file of the folder holding CSV text
     */
    Path check(Path file) {
        Path real = checkRegular(file);
        FileKind kind;
        try {
            kind = FileKind.of(real);
        }
        catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ImportRefusedException(RuleCode.FILE_UNREADABLE,
                    messages.get("file.unreadable", file.getFileName().toString(), shown(reason)));
        }
        if (!kind.text()) {
            throw new ImportRefusedException(RuleCode.FILE_NOT_CSV,
                    messages.get("file.notCsv", file.getFileName().toString(), messages.get(kind.messageKey())));
        }
        return real;
    }

    /**
     * Checks a file of the folder before anything reads it, whatever its format (a workbook or ONISEP's XML too).
     *
     * @return the file to read: its real path, links inside the folder resolved
     * @throws ImportRefusedException when it is not a readable regular file of the folder
     */
    Path checkRegular(Path file) {
        String name = file.getFileName().toString();
        Path real = file;
        try {
            BasicFileAttributes attributes = attributes(file);
            if (attributes.isSymbolicLink()) {
                Path target = Files.readSymbolicLink(file);
                try {
                    real = file.toRealPath();
                }
                catch (NoSuchFileException e) {
                    throw new ImportRefusedException(RuleCode.FILE_NOT_FOUND,
                            messages.get("file.link.broken", name, shown(target)));
                }
                if (!real.startsWith(folder.toRealPath())) {
                    throw new ImportRefusedException(RuleCode.FILE_NOT_REGULAR,
                            messages.get("file.link.outside", name, shown(target), folder.toString()));
                }
                attributes = attributes(real);
            }
            else {
                real = file.toRealPath();
            }
            if (attributes.isDirectory()) {
                throw new ImportRefusedException(RuleCode.FILE_NOT_REGULAR, messages.get("file.directory", name));
            }
            if (!attributes.isRegularFile()) {
                throw new ImportRefusedException(RuleCode.FILE_NOT_REGULAR, messages.get("file.special", name));
            }
            return real;
        }
        catch (AccessDeniedException e) {
            throw new ImportRefusedException(RuleCode.FILE_UNREADABLE,
                    messages.get("file.unreadable", name, messages.get("file.unreadable.permission")));
        }
        catch (NoSuchFileException e) {
            throw new ImportRefusedException(RuleCode.FILE_NOT_FOUND, messages.get("file.notFound", file.toString()));
        }
        catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ImportRefusedException(RuleCode.FILE_UNREADABLE,
                    messages.get("file.unreadable", name, shown(reason)));
        }
    }

    private static BasicFileAttributes attributes(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    /** A path for a message: control characters made visible, and not too long. */
    private static String shown(Object path) {
        return FormulaSafe.excerpt(path.toString(), SHOWN_TARGET);
    }
}
