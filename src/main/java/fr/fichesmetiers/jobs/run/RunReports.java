package fr.fichesmetiers.jobs.run;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.batch.core.job.JobExecution;

import fr.fichesmetiers.importing.RuleCode;
import fr.fichesmetiers.importing.Violation;
import fr.fichesmetiers.jobs.history.RunTexts;
import fr.fichesmetiers.jobs.history.StepOutcome;
import fr.fichesmetiers.jobs.run.RunReport.Fact;
import fr.fichesmetiers.jobs.run.RunReport.Href;
import fr.fichesmetiers.jobs.run.RunReport.RejectRow;
import fr.fichesmetiers.jobs.run.RunReport.RejectTable;
import fr.fichesmetiers.jobs.run.RunReport.Section;
import fr.fichesmetiers.jobs.run.RunReport.StepRow;
import fr.fichesmetiers.support.Messages;

/** Puts a run into the words of its report: sentences, explained counts and relative links. */
final class RunReports {

    private static final Pattern REPORT = Pattern.compile("run-(\\d+)\\.html");
    private final Messages m;
    private final Path reports;
    private final DateTimeFormatter time;

    RunReports(Messages m, Path reports) {
        this.m = m;
        this.reports = reports;
        this.time = DateTimeFormatter.ofPattern(m.get("format.dateTime"), m.locale());
    }

    RunReport of(JobExecution run, List<StepOutcome> steps, List<Violation> rejects, RunReportWriter.Facts facts)
            throws IOException {
        String title = m.get("report.title", run.getJobInstance().getJobName(), String.valueOf(run.getId()));
        String catalog = facts.catalog().map(v -> m.get("report.catalog", String.valueOf(v.id()),
                String.valueOf(v.profiles()), time.format(v.publishedAt()))).orElse(m.get("report.noCatalog"));
        String kept = null;
        if (facts.exitCode() == 1 || facts.exitCode() == 5 || run.getStatus().isUnsuccessful()) {
            kept = m.get(facts.published() ? "report.keptFiles" : "report.keptPrevious");
        }
        List<Fact> about = List.of(new Fact(m.get("report.started"), format(run.getStartTime())),
                new Fact(m.get("report.ended"), format(run.getEndTime())),
                new Fact(m.get("report.duration"), RunTexts.seconds(RunTexts.duration(run), m)),
                new Fact(m.get("report.host"), facts.host()),
                new Fact(m.get("report.exitCode"), facts.exitCode() + " – " + exitMeaning(facts.exitCode())));
        List<StepRow> rows = new ArrayList<>();
        List<String> explanations = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String planned : facts.plannedSteps()) {
            StepOutcome s = steps.stream().filter(o -> o.name().equals(planned)).findFirst().orElse(null);
            if (s == null) {
                rows.add(new StepRow(planned, RunTexts.status("SKIPPED", m), "SKIPPED", true, 0, 0, 0, 0, 0, 0, ""));
                explanations.add(m.get("report.explain.skipped", planned));
                continue;
            }
            rows.add(new StepRow(s.name(), RunTexts.status(s.status(), m), s.status(), false, s.read(), s.written(),
                    s.rejected(), s.rendered(), s.unchanged(), s.failed(), RunTexts.seconds(s.duration(), m)));
            explanations.add(explain(s));
            if (s.failure() != null) {
                failures.add(m.get("run.stepFailure", s.name(), s.failure()));
            }
        }
        List<Section> sections = new ArrayList<>();
        for (StepOutcome s : steps) {
            section(s).ifPresent(sections::add);
        }
        List<Violation> rejected = rejects.stream().filter(v -> v.rule().rejects()).toList();
        List<Violation> notes = rejects.stream().filter(v -> !v.rule().rejects()).toList();
        List<RejectTable> tables = new ArrayList<>();
        if (!rejected.isEmpty()) {
            tables.add(new RejectTable("rejects", m.get("report.rejects", String.valueOf(rejected.size())),
                    rows(rejected, facts)));
        }
        if (!notes.isEmpty()) {
            tables.add(new RejectTable("notes", m.get("report.notes", String.valueOf(notes.size())), rows(notes, facts)));
        }
        return new RunReport(m, title, RunTexts.status(run.getStatus().name(), m), run.getStatus().name(), catalog,
                kept, about, facts.logFile() == null ? null : new Href(m.get("report.log"), link(facts.logFile())),
                new Href(m.get("report.manifest"), link(facts.manifest())), previous(run.getId()), rows,
                explanations, failures, sections, tables);
    }

    private List<RejectRow> rows(List<Violation> violations, RunReportWriter.Facts facts) {
        return violations.stream().map(v -> new RejectRow(v.file(), v.line(), v.column(), v.value(), v.rule().name(),
                m.get(v.level().messageKey()), v.message(), v.rule() == RuleCode.FAQ_UNKNOWN_PROFILE
                        && v.value() != null && facts.rejectedFicheIds().contains(v.value()))).toList();
    }

    /** Each count said as the sum it is: "22 = 18 brochures + 4 booklets". */
    private String explain(StepOutcome s) {
        if (s.imported() != null) {
            var c = s.imported().changes();
            return m.get("report.explain.import", s.name(), s.written(), c.added(), c.changed(), c.unchanged(),
                    c.kept(), s.read(), s.rejected());
        }
        if (s.brochures() != null) {
            var b = s.brochures();
            return m.get("report.explain.brochures", s.name(), s.written(), b.rendered(), b.bookletsRendered(),
                    b.unchanged(), b.failed());
        }
        if (s.comparison() != null) {
            return m.get("report.explain.compare", s.name(), s.written());
        }
        if (s.site() != null) {
            return m.get("report.explain.site", s.name(), s.site().written(), s.site().unchanged(), s.site().files(),
                    s.site().removed());
        }
        return m.get("run.stepFailure", s.name(), RunTexts.status(s.status(), m));
    }

    private java.util.Optional<Section> section(StepOutcome s) throws IOException {
        if (s.imported() != null && s.imported().fichesFile() != null) {
            var i = s.imported();
            List<String> lines = new ArrayList<>(List.of(m.get("summary.file", i.fichesFile(), i.encoding(),
                    i.delimiter())));
            if (i.refusalMessage() != null) {
                lines.add(i.refusalRule() + " : " + i.refusalMessage());
            }
            List<Href> links = i.reportPath() == null ? List.of()
                    : List.of(new Href(m.get("report.rejectCsv"), link(Path.of(i.reportPath()))));
            return java.util.Optional.of(new Section(m.get("report.import"), lines, links));
        }
        if (s.brochures() != null && s.brochures().output() != null) {
            Path folder = Path.of(s.brochures().output());
            List<Href> links = new ArrayList<>();
            if (Files.isDirectory(folder)) {
                try (Stream<Path> booklets = Files.list(folder)) {
                    booklets.filter(p -> p.toString().endsWith(".pdf")).sorted()
                            .forEach(p -> links.add(new Href(p.getFileName().toString(), link(p))));
                }
            }
            links.add(new Href(m.get("report.brochureFolder"), link(folder)));
            return java.util.Optional.of(new Section(m.get("report.brochures"),
                    List.of(RunTexts.brochureCounts(s.brochures(), m)), links));
        }
        if (s.comparison() != null && s.comparison().file() != null) {
            Path file = Path.of(s.comparison().file());
            return java.util.Optional.of(new Section(m.get("report.workbook"), List.of(),
                    List.of(new Href(file.getFileName().toString(), link(file)))));
        }
        if (s.site() != null && s.site().folder() != null) {
            return java.util.Optional.of(new Section(m.get("report.site"), List.of(), List.of(
                    new Href(m.get("report.siteIndex"), link(Path.of(s.site().folder()).resolve("index.html"))))));
        }
        return java.util.Optional.empty();
    }

    /** The report of the run before this one in the same folder, if it is still there. */
    private Href previous(long id) throws IOException {
        if (!Files.isDirectory(reports)) {
            return null;
        }
        long best = -1;
        try (Stream<Path> files = Files.list(reports)) {
            for (Path file : files.toList()) {
                Matcher match = REPORT.matcher(file.getFileName().toString());
                if (match.matches() && Long.parseLong(match.group(1)) < id) {
                    best = Math.max(best, Long.parseLong(match.group(1)));
                }
            }
        }
        return best < 0 ? null : new Href(m.get("report.previous", String.valueOf(best)), "run-" + best + ".html");
    }

    private String exitMeaning(int code) {
        String key = "report.exit." + code;
        String meaning = m.get(key);
        return meaning.equals(key) ? "" : meaning;
    }

    private String format(java.time.LocalDateTime at) {
        return at == null ? "–" : time.format(at);
    }

    /** A path relative to the reports folder, each segment percent-encoded. */
    private String link(Path to) {
        String relative = reports.toAbsolutePath().normalize().relativize(to.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
        StringBuilder out = new StringBuilder();
        for (String part : relative.split("/", -1)) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(part.equals("..") ? part : URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }
}
