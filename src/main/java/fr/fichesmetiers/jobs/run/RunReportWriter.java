package fr.fichesmetiers.jobs.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.job.JobExecution;

import fr.fichesmetiers.importing.Violation;
import fr.fichesmetiers.jobs.history.RunTexts;
import fr.fichesmetiers.jobs.history.StepOutcome;
import fr.fichesmetiers.support.AtomicFiles;
import fr.fichesmetiers.support.Messages;

/**
 * Writes {@code output/reports/run-<id>.html}: one self-contained page (no external resource) with the run's
 * summary, the counters of each step, the rejected rows, the warnings and informations of the published ones
 * (issue 12), and links to the brochures and the workbook. Every value
 * that came from an input file is escaped.
 */
final class RunReportWriter {

    private static final String STYLE = "body{font-family:sans-serif;margin:2em auto;max-width:70em;color:#222}"
            + "h1{color:#1F4E79}table{border-collapse:collapse;margin:1em 0;width:100%}"
            + "th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}"
            + "th{background:#1F4E79;color:#fff}td.n{text-align:right}.COMPLETED{color:#2e7d32}"
            + ".FAILED,.STOPPED,.ABANDONED{color:#b03a2e}.muted{color:#666}";

    private RunReportWriter() {
    }

    static Path write(Path output, JobExecution run, List<StepOutcome> steps, List<Violation> rejects,
            Messages m) throws IOException {
        DateTimeFormatter time = DateTimeFormatter.ofPattern(m.get("format.dateTime"), m.locale());
        Path reports = output.resolve("reports");
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html><html lang=\"").append(m.language()).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(Html.escape(m.get("report.title", run.getJobInstance().getJobName(),
                        String.valueOf(run.getId())))).append("</title><style>").append(STYLE)
                .append("</style></head><body>");
        h.append("<h1>").append(Html.escape(m.get("report.title", run.getJobInstance().getJobName(),
                String.valueOf(run.getId())))).append("</h1>");
        h.append("<p>").append(Html.escape(m.get("report.status"))).append(" <strong class=\"")
                .append(run.getStatus()).append("\">").append(Html.escape(RunTexts.status(run.getStatus().name(), m)))
                .append("</strong> · ")
                .append(Html.escape(m.get("report.started"))).append(" ")
                .append(run.getStartTime() == null ? "" : Html.escape(time.format(run.getStartTime())))
                .append(" · ").append(Html.escape(m.get("report.duration"))).append(" ")
                .append(Html.escape(RunTexts.seconds(RunTexts.duration(run), m))).append("</p>");
        h.append("<h2>").append(Html.escape(m.get("report.steps"))).append("</h2><table><tr>");
        for (String key : List.of("run.col.step", "run.col.status", "run.col.read", "run.col.written",
                "run.col.rejected", "run.col.rendered", "run.col.unchanged", "run.col.failed", "run.col.time")) {
            h.append("<th>").append(Html.escape(m.get(key))).append("</th>");
        }
        h.append("</tr>");
        for (StepOutcome s : steps) {
            h.append("<tr><td>").append(Html.escape(s.name())).append("</td><td class=\"").append(s.status())
                    .append("\">").append(Html.escape(RunTexts.status(s.status(), m))).append("</td>");
            for (long n : new long[] {s.read(), s.written(), s.rejected(), s.rendered(), s.unchanged(), s.failed()}) {
                h.append("<td class=\"n\">").append(n).append("</td>");
            }
            h.append("<td class=\"n\">").append(Html.escape(RunTexts.seconds(s.duration(), m))).append("</td></tr>");
        }
        h.append("</table>");
        for (StepOutcome s : steps) {
            if (s.failure() != null) {
                h.append("<p><strong class=\"FAILED\">").append(Html.escape(m.get("run.stepFailure", s.name(),
                        s.failure()))).append("</strong></p>");
            }
        }
        for (StepOutcome s : steps) {
            details(h, s, reports, m);
        }
        List<Violation> rejected = rejects.stream().filter(v -> v.rule().rejects()).toList();
        List<Violation> notes = rejects.stream().filter(v -> !v.rule().rejects()).toList();
        violations(h, m.get("report.rejects", String.valueOf(rejected.size())), rejected, m);
        violations(h, m.get("report.notes", String.valueOf(notes.size())), notes, m);
        h.append("<p class=\"muted\">").append(Html.escape(m.get("report.footer"))).append("</p></body></html>");
        Path target = reports.resolve("run-" + run.getId() + ".html");
        AtomicFiles.write(target, h.toString().getBytes(StandardCharsets.UTF_8));
        return target;
    }

    /** A table of rejects, or of the warnings and informations of published rows, each with its level. */
    private static void violations(StringBuilder h, String title, List<Violation> violations, Messages m) {
        if (violations.isEmpty()) {
            return;
        }
        h.append("<h2>").append(Html.escape(title)).append("</h2><table><tr>");
        for (String key : List.of("report.header.file", "report.header.line", "report.header.column",
                "report.header.value", "report.header.rule", "report.header.level", "report.header.message")) {
            h.append("<th>").append(Html.escape(m.get(key))).append("</th>");
        }
        h.append("</tr>");
        for (Violation v : violations) {
            h.append("<tr class=\"").append(v.level().code()).append("\"><td>").append(Html.escape(v.file()))
                    .append("</td><td class=\"n\">").append(v.line()).append("</td><td>")
                    .append(Html.escape(v.column())).append("</td><td>").append(Html.escape(v.value()))
                    .append("</td><td>").append(v.rule()).append("</td><td>")
                    .append(Html.escape(m.get(v.level().messageKey()))).append("</td><td>")
                    .append(Html.escape(v.message())).append("</td></tr>");
        }
        h.append("</table>");
    }

    private static void details(StringBuilder h, StepOutcome s, Path reports, Messages m) throws IOException {
        if (s.imported() != null && s.imported().fichesFile() != null) {
            var i = s.imported();
            h.append("<h2>").append(Html.escape(m.get("report.import"))).append("</h2><p>")
                    .append(Html.escape(m.get("summary.file", i.fichesFile(), i.encoding(), i.delimiter())))
                    .append("<br>").append(Html.escape(m.get("summary.changes", String.valueOf(i.changes().added()),
                            String.valueOf(i.changes().changed()), String.valueOf(i.changes().unchanged()),
                            String.valueOf(i.changes().kept()), String.valueOf(i.changes().retired()))));
            if (i.refusalMessage() != null) {
                h.append("<br><strong class=\"FAILED\">").append(Html.escape(i.refusalRule() + " : "
                        + i.refusalMessage())).append("</strong>");
            }
            if (i.reportPath() != null) {
                h.append("<br>").append(link(reports, Path.of(i.reportPath()), m.get("report.rejectCsv")));
            }
            h.append("</p>");
        }
        if (s.brochures() != null && s.brochures().output() != null) {
            Path folder = Path.of(s.brochures().output());
            h.append("<h2>").append(Html.escape(m.get("report.brochures"))).append("</h2><p>")
                    .append(Html.escape(RunTexts.brochureCounts(s.brochures(), m))).append("</p><ul>");
            if (Files.isDirectory(folder)) {
                try (Stream<Path> booklets = Files.list(folder)) {
                    for (Path booklet : booklets.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                        h.append("<li>").append(link(reports, booklet, booklet.getFileName().toString()))
                                .append("</li>");
                    }
                }
            }
            h.append("</ul><p>").append(link(reports, folder, m.get("report.brochureFolder"))).append("</p>");
        }
        if (s.comparison() != null && s.comparison().file() != null) {
            h.append("<h2>").append(Html.escape(m.get("report.workbook"))).append("</h2><p>")
                    .append(link(reports, Path.of(s.comparison().file()), Path.of(s.comparison().file())
                            .getFileName().toString())).append("</p>");
        }
    }

    private static String link(Path from, Path to, String text) {
        String href = from.toAbsolutePath().normalize().relativize(to.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
        return "<a href=\"" + Html.escape(encode(href)) + "\">" + Html.escape(text) + "</a>";
    }

    /** Each path segment percent-encoded, so that accents and spaces make a valid relative link. */
    private static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (String part : path.split("/", -1)) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(java.net.URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }
}
