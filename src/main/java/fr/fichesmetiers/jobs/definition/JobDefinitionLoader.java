package fr.fichesmetiers.jobs.definition;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import fr.fichesmetiers.importing.RejectLimit;
import fr.fichesmetiers.support.Messages;
import fr.fichesmetiers.support.Shard;

/**
 * Reads and checks a job definition. SnakeYAML's node tree keeps line numbers, so that every problem (an
 * unknown key, a bad cron, a missing option) is reported with the file and the line it is on.
 */
public final class JobDefinitionLoader {

    private static final Set<String> TOP = Set.of("name", "description", "schedule", "steps", "theme", "output");
    private static final Map<String, List<String>> OPTIONS = Map.of(
            "import", List.of("path", "max-rejects", "force"),
            "brochures", List.of("lang", "guide", "booklet", "shard"),
            "compare", List.of("guide", "lang"),
            "site", List.of("lang"));
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "import", List.of("path"), "brochures", List.of("lang"), "compare", List.of("lang"), "site", List.of());
    private static final Set<String> THEME = Set.of("organisation", "primary-color", "logo");

    private final Messages messages;
    private Path file;

    public JobDefinitionLoader(Messages messages) {
        this.messages = messages;
    }

    public JobDefinition load(Path path) {
        this.file = path;
        Node root;
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        }
        catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw problem(line, "definition.syntax", e.getProblem());
        }
        catch (IOException | RuntimeException e) {
            throw new DefinitionException(messages.get("definition.unreadable", path.toString(),
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        if (!(root instanceof MappingNode mapping)) {
            throw problem(root == null ? 1 : line(root), "definition.notMapping");
        }
        Map<String, Node> top = keys(mapping, TOP);
        String baseName = path.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String name = top.containsKey("name") ? scalar(top.get("name"), "name") : baseName;
        if (!name.matches("[a-z0-9]+([-_][a-z0-9]+)*")) {
            throw problem(line(top.getOrDefault("name", mapping)), "definition.name", name);
        }
        String description = top.containsKey("description") ? scalar(top.get("description"), "description") : "";
        String cronText = null;
        CronExpression cron = null;
        if (top.containsKey("schedule")) {
            cronText = scalar(top.get("schedule"), "schedule");
            cron = cron(cronText, line(top.get("schedule")));
        }
        if (!top.containsKey("steps")) {
            throw problem(line(mapping), "definition.noSteps");
        }
        List<JobDefinition.Step> steps = steps(top.get("steps"));
        JobDefinition.Theme theme = top.containsKey("theme") ? theme(top.get("theme")) : null;
        Path output = top.containsKey("output") ? Path.of(scalar(top.get("output"), "output")) : null;
        return new JobDefinition(name, description, cron, cronText, steps, theme, output, path);
    }

    /** Spring's six-field cron ({@code 0 30 2 * * *}); a five-field crontab line gets its seconds added. */
    private CronExpression cron(String text, int line) {
        String expression = text.trim().split("\\s+").length == 5 ? "0 " + text.trim() : text.trim();
        try {
            return CronExpression.parse(expression);
        }
        catch (IllegalArgumentException e) {
            throw problem(line, "definition.cron", text, e.getMessage());
        }
    }

    private List<JobDefinition.Step> steps(Node node) {
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            throw problem(line(node), "definition.stepsList");
        }
        List<JobDefinition.Step> steps = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode step) || step.getValue().size() != 1) {
                throw problem(line(item), "definition.stepShape");
            }
            NodeTuple tuple = step.getValue().get(0);
            String kind = scalar(tuple.getKeyNode(), "steps");
            if (!OPTIONS.containsKey(kind)) {
                throw problem(line(tuple.getKeyNode()), "definition.unknownStep", kind);
            }
            Map<String, Node> options = tuple.getValueNode() instanceof MappingNode m
                    ? keys(m, Set.copyOf(OPTIONS.get(kind))) : Map.of();
            if (!(tuple.getValueNode() instanceof MappingNode) && !isNull(tuple.getValueNode())) {
                throw problem(line(tuple.getValueNode()), "definition.options", kind);
            }
            for (String required : REQUIRED.get(kind)) {
                if (!options.containsKey(required)) {
                    throw problem(line(tuple.getKeyNode()), "definition.missingOption", kind, required);
                }
            }
            steps.add(step(kind, options));
        }
        return steps;
    }

    private JobDefinition.Step step(String kind, Map<String, Node> o) {
        return switch (kind) {
            case "import" -> {
                String maxRejects = o.containsKey("max-rejects") ? scalar(o.get("max-rejects"), "max-rejects") : "";
                if (!maxRejects.isEmpty()) {
                    try {
                        RejectLimit.parse(maxRejects);
                    }
                    catch (IllegalArgumentException e) {
                        throw problem(line(o.get("max-rejects")), "definition.maxRejects", maxRejects);
                    }
                }
                yield new JobDefinition.ImportStep(Path.of(scalar(o.get("path"), "path")), maxRejects,
                        bool(o.get("force"), false));
            }
            case "brochures" -> new JobDefinition.BrochuresStep(lang(o.get("lang")), optional(o.get("guide")),
                    bool(o.get("booklet"), true), shard(o.get("shard")));
            case "site" -> new JobDefinition.SiteStep(o.containsKey("lang") ? lang(o.get("lang")) : null);
            default -> new JobDefinition.CompareStep(optional(o.get("guide")), lang(o.get("lang")));
        };
    }

    private JobDefinition.Theme theme(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            throw problem(line(node), "definition.themeShape");
        }
        Map<String, Node> t = keys(mapping, THEME);
        String color = optional(t.get("primary-color"));
        if (color != null && !color.matches("#[0-9A-Fa-f]{6}")) {
            throw problem(line(t.get("primary-color")), "definition.color", color);
        }
        String logo = optional(t.get("logo"));
        if (logo != null && !logo.isBlank() && !Files.isReadable(Path.of(logo))) {
            throw problem(line(t.get("logo")), "definition.logo", logo);
        }
        return new JobDefinition.Theme(optional(t.get("organisation")), color, logo);
    }

    /** The mapping's entries by key, refusing any key not in {@code allowed}. */
    private Map<String, Node> keys(MappingNode mapping, Set<String> allowed) {
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), "?");
            if (!allowed.contains(key)) {
                throw problem(line(tuple.getKeyNode()), "definition.unknownKey", key,
                        String.join(", ", allowed.stream().sorted().toList()));
            }
            entries.put(key, tuple.getValueNode());
        }
        return entries;
    }

    private String lang(Node node) {
        String lang = scalar(node, "lang").toLowerCase(Locale.ROOT);
        if (!lang.equals("fr") && !lang.equals("en")) {
            throw problem(line(node), "definition.lang", lang);
        }
        return lang;
    }

    /** {@code shard: 0/4}, or none. */
    private Shard shard(Node node) {
        String text = optional(node);
        if (text == null) {
            return null;
        }
        try {
            return Shard.parse(text);
        }
        catch (IllegalArgumentException e) {
            throw problem(line(node), "shard.invalid", text);
        }
    }

    private boolean bool(Node node, boolean fallback) {
        if (node == null || isNull(node)) {
            return fallback;
        }
        String text = scalar(node, "boolean").toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "yes", "oui", "on" -> true;
            case "false", "no", "non", "off" -> false;
            default -> throw problem(line(node), "definition.boolean", text);
        };
    }

    private String optional(Node node) {
        return node == null || isNull(node) ? null : scalar(node, "value");
    }

    private String scalar(Node node, String key) {
        if (!(node instanceof ScalarNode scalar)) {
            throw problem(line(node), "definition.scalar", key);
        }
        return scalar.getValue();
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && ("null".equals(s.getTag().getClassName()) || s.getValue().isEmpty());
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private DefinitionException problem(int line, String key, Object... args) {
        return new DefinitionException(messages.get("definition.problem", file.toString(), String.valueOf(line),
                messages.get(key, args)));
    }
}
