package fr.fichesmetiers.jobs.definition;

import fr.fichesmetiers.support.Shard;
import java.nio.file.Path;
import java.util.List;

import org.springframework.scheduling.support.CronExpression;

/**
 * A job definition from {@code jobs/*.yml}: the steps of a run, in order, with their options.
 *
 * @param schedule when {@code schedule} runs it, or {@code null} for on demand only
 * @param theme branding for the brochures, or {@code null} for the configured one
 * @param output the folder for brochures, workbook, reports and manifest, or {@code null} for {@code output}
 */
public record JobDefinition(String name, String description, CronExpression schedule, String scheduleText,
        List<Step> steps, Theme theme, Path output, Path file) {

    /** A step of the run. */
    public sealed interface Step permits ImportStep, BrochuresStep, CompareStep, SiteStep {
        String kind();
    }

    public record ImportStep(Path path, String maxRejects, boolean force) implements Step {
        public String kind() {
            return "import";
        }
    }

    /** @param shard only the guides of this shard ({@code null}: all), so that hosts share the brochures */
    public record BrochuresStep(String lang, String guide, boolean booklet, Shard shard) implements Step {

        public BrochuresStep(String lang, String guide, boolean booklet) {
            this(lang, guide, booklet, null);
        }

        public String kind() {
            return "brochures";
        }
    }

    public record CompareStep(String guide, String lang) implements Step {
        public String kind() {
            return "compare";
        }
    }

    /** @param lang the site's language, or {@code null} for the run's (that of its other steps) */
    public record SiteStep(String lang) implements Step {
        public String kind() {
            return "site";
        }
    }

    public record Theme(String organisation, String primaryColor, String logo) {
    }

    public Path outputOrDefault() {
        return output == null ? Path.of("output") : output;
    }
}
