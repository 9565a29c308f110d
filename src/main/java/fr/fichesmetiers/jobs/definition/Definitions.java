package fr.fichesmetiers.jobs.definition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import fr.fichesmetiers.support.Messages;

/** Finds job definitions: a name looks in {@code jobs/NAME.yml}, anything else is a file path. */
public final class Definitions {

    /** {@code jobs}, or the folder named by the {@code fiches.jobs-dir} system property. */
    public static final Path FOLDER = Path.of(System.getProperty("fiches.jobs-dir", "jobs"));

    private Definitions() {
    }

    public static JobDefinition resolve(String nameOrFile, Messages messages) {
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            file = FOLDER.resolve(nameOrFile + ".yml");
            if (!Files.isRegularFile(file)) {
                file = FOLDER.resolve(nameOrFile + ".yaml");
            }
        }
        if (!Files.isRegularFile(file)) {
            throw new DefinitionException(messages.get("definition.notFound", nameOrFile,
                    FOLDER.resolve(nameOrFile + ".yml").toString()));
        }
        return new JobDefinitionLoader(messages).load(file);
    }

    /** Every definition of the folder, each one checked. */
    public static List<JobDefinition> all(Messages messages) throws IOException {
        if (!Files.isDirectory(FOLDER)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().matches(".*\\.ya?ml$")).sorted()
                    .map(f -> new JobDefinitionLoader(messages).load(f)).toList();
        }
    }
}
