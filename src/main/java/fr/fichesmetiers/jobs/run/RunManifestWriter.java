package fr.fichesmetiers.jobs.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import fr.fichesmetiers.support.AtomicFiles;
import fr.fichesmetiers.support.Checksums;

/**
 * Writes {@code output/manifest.json}: the run, the catalog version it published or used, and every file of the
 * output folder with its size, modification time and SHA-256, so that whatever picks the files up can check them.
 *
 * <p>A night that changed a few profiles leaves most files as they were: a file whose size and modification time
 * are those the previous manifest gives keeps that manifest's checksum instead of being read again (on 10 000
 * profiles, reading the 300 MB of unchanged site pages took longer than writing what had changed).
 */
final class RunManifestWriter {

    private static final Logger log = LoggerFactory.getLogger(RunManifestWriter.class);
    private static final String NAME = "manifest.json";

    private RunManifestWriter() {
    }

    /** A file as the previous manifest described it. */
    private record Described(long size, String modified, String sha256) {
    }

    /** @param knownChecksums checksums computed when the files were written, by absolute path */
    static Path write(Path output, Map<String, Object> run, Map<String, String> knownChecksums) throws IOException {
        Path target = output.resolve(NAME);
        Map<String, Described> previous = previous(target);
        List<Map<String, Object>> files = new ArrayList<>();
        if (Files.isDirectory(output)) {
            try (Stream<Path> walk = Files.walk(output)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = output.relativize(file).toString().replace('\\', '/');
                    if (name.equals(NAME) || name.endsWith(".part") || name.startsWith(".") || name.contains("/.")) {
                        continue;
                    }
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    String modified = attributes.lastModifiedTime().toInstant().toString();
                    String sha = knownChecksums.get(file.toAbsolutePath().normalize().toString());
                    Described before = previous.get(name);
                    if (sha == null && before != null && before.size() == attributes.size()
                            && before.modified().equals(modified)) {
                        sha = before.sha256();
                    }
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("path", name);
                    entry.put("size", attributes.size());
                    entry.put("modified", modified);
                    entry.put("sha256", sha != null ? sha : Checksums.sha256(file));
                    files.add(entry);
                }
            }
        }
        Map<String, Object> manifest = new LinkedHashMap<>(run);
        manifest.put("files", files);
        byte[] json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsBytes(manifest);
        AtomicFiles.write(target, json);
        return target;
    }

    /** The files the manifest already there describes with a modification time; none if there is none or it is unreadable. */
    private static Map<String, Described> previous(Path manifest) {
        Map<String, Described> described = new HashMap<>();
        if (!Files.isRegularFile(manifest)) {
            return described;
        }
        try {
            for (JsonNode file : JsonMapper.builder().build().readTree(manifest.toFile()).path("files")) {
                String path = file.path("path").asString(null);
                String modified = file.path("modified").asString(null);
                String sha = file.path("sha256").asString(null);
                if (path != null && modified != null && sha != null && file.path("size").isIntegralNumber()) {
                    described.put(path, new Described(file.path("size").asLong(), modified, sha));
                }
            }
        }
        catch (JacksonException | IllegalArgumentException e) {
            // Damaged or edited by hand: every file is read again, which is what a first run does.
            log.warn("event=manifest.previous.unreadable file={} reason={}", manifest, e.getMessage());
            described.clear();
        }
        return described;
    }
}
