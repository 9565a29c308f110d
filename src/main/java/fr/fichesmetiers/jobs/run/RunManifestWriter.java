package fr.fichesmetiers.jobs.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import fr.fichesmetiers.support.AtomicFiles;
import fr.fichesmetiers.support.Checksums;

/**
 * Writes {@code output/manifest.json}: the run, the catalog version it published or used, and every file of the
 * output folder with its size and SHA-256, so that whatever picks the files up can check them.
 */
final class RunManifestWriter {

    private RunManifestWriter() {
    }

    /** @param knownChecksums checksums computed when the files were written, by absolute path */
    static Path write(Path output, Map<String, Object> run, Map<String, String> knownChecksums) throws IOException {
        List<Map<String, Object>> files = new ArrayList<>();
        if (Files.isDirectory(output)) {
            try (Stream<Path> walk = Files.walk(output)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = output.relativize(file).toString().replace('\\', '/');
                    if (name.equals("manifest.json") || name.endsWith(".part") || name.startsWith(".")
                            || name.contains("/.")) {
                        continue;
                    }
                    String sha = knownChecksums.get(file.toAbsolutePath().normalize().toString());
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("path", name);
                    entry.put("size", Files.size(file));
                    entry.put("sha256", sha != null ? sha : Checksums.sha256(Files.readAllBytes(file)));
                    files.add(entry);
                }
            }
        }
        Map<String, Object> manifest = new LinkedHashMap<>(run);
        manifest.put("files", files);
        Path target = output.resolve("manifest.json");
        byte[] json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsBytes(manifest);
        AtomicFiles.write(target, json);
        return target;
    }
}
