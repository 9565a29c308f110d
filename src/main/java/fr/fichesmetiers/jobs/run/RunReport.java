package fr.fichesmetiers.jobs.run;

import java.util.List;

import fr.fichesmetiers.support.Messages;

/**
 * What the run report shows, all in words already: the templates only lay it out (and escape it).
 *
 * @param catalog the catalog in force after the run, in a sentence
 * @param kept on failure, what is still in place; {@code null} for a run that completed
 * @param previous the previous run's report, or {@code null} when this folder has none
 */
record RunReport(Messages m, String title, String status, String statusClass, String catalog, String kept,
        List<Fact> facts, Href log, Href manifest, Href previous, List<StepRow> steps, List<String> explanations,
        List<String> failures, List<Section> sections, List<RejectTable> rejectTables) {

    String t(String key, Object... args) {
        return m.get(key, args);
    }

    /** A label and its value. */
    record Fact(String label, String value) {
    }

    /** A link: its text and its address relative to the report. */
    record Href(String text, String href) {
    }

    /** A step's row of the table; a step that did not run is {@code skipped}, with no counts. */
    record StepRow(String name, String status, String statusClass, boolean skipped, long read, long written,
            long rejected, long rendered, long unchanged, long failed, String duration) {
    }

    /** What a step produced: a heading, sentences and links. */
    record Section(String heading, List<String> lines, List<Href> links) {
    }

    /** The rejected rows, or the warnings and informations of the published ones, under their heading. */
    record RejectTable(String id, String title, List<RejectRow> rows) {
    }

    /**
     * @param level reject, warning or information, in words
     * @param withFiche a FAQ row that went with its profile's rejected row
     */
    record RejectRow(String file, int line, String column, String value, String rule, String level, String message,
            boolean withFiche) {
    }
}
