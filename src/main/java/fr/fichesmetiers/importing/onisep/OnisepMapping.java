package fr.fichesmetiers.importing.onisep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.fichesmetiers.fiche.Link;
import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.importing.table.TableNote;
import fr.fichesmetiers.support.Euros;
import fr.fichesmetiers.support.LongDates;
import fr.fichesmetiers.support.Messages;

/**
 * Maps one ONISEP record onto the columns of the profiles contract ({@link OnisepColumn}). What ONISEP lacks
 * (employability, mobility, the experienced salary, the FAP) is left blank; what cannot be taken as it is (a
 * starting salary below today's SMIC, a level that names none) is left blank too, with a note saying why; so is a
 * level read as the nearest of the contract's.
 */
final class OnisepMapping {

    private static final Pattern SALARY_PART = Pattern.compile("(?is)(<h3>\\s*salaires?\\s*</h3>.*?)(?=<h3[\\s>]|$)");

    private final GuideMapping guides;
    private final Map<String, String> ids;
    private final OnisepEdition edition;
    private final SmicTable.Entry smic;
    private final Messages messages;

    /**
     * @param ids ONISEP id → our id of every record of the file (related professions are named by them)
     * @param smic the SMIC in force on the import day
     */
    OnisepMapping(GuideMapping guides, Map<String, String> ids, OnisepEdition edition, SmicTable.Entry smic,
            Messages messages) {
        this.guides = guides;
        this.ids = ids;
        this.edition = edition;
        this.smic = smic;
        this.messages = messages;
    }

    /** The record's values in the order of {@link OnisepColumn#headers()}; notes go to {@code notes}. */
    List<String> values(OnisepMetier metier, Consumer<TableNote> notes) {
        Map<OnisepColumn, String> row = new EnumMap<>(OnisepColumn.class);
        String masculine = first(metier.masculine(), metier.name());
        row.put(OnisepColumn.ID, metier.identifier() == null ? null : ids.get(metier.identifier()));
        row.put(OnisepColumn.ONISEP_ID, metier.identifier());
        row.put(OnisepColumn.TITLE, masculine);
        if (metier.feminine() != null && !metier.feminine().equalsIgnoreCase(masculine)) {
            row.put(OnisepColumn.FEMININE_TITLE, metier.feminine());
        }
        row.put(OnisepColumn.GUIDE, guides.guideOf(metier.sectors()));
        if (!metier.romes().isEmpty()) {
            row.put(OnisepColumn.ROME, metier.romes().get(0));
            row.put(OnisepColumn.OTHER_ROMES, String.join("|", metier.romes().subList(1, metier.romes().size())));
        }
        row.put(OnisepColumn.ROME_VERSION, "v3");
        level(metier, row, notes);
        row.put(OnisepColumn.SUMMARY, HtmlParagraphs.of(metier.text("accroche_metier")));
        row.put(OnisepColumn.ROLE, HtmlParagraphs.of(metier.text("nature_travail")));
        row.put(OnisepColumn.MISSIONS, HtmlParagraphs.of(metier.text("condition_travail")));
        row.put(OnisepColumn.SKILLS, HtmlParagraphs.of(metier.text("competences")));
        row.put(OnisepColumn.ACCESS, HtmlParagraphs.of(metier.text("acces_metier")));
        professionalLife(metier, row, notes);
        row.put(OnisepColumn.FORMATIONS, items(metier.formations()));
        row.put(OnisepColumn.RELATED, items(metier.related().stream()
                .map(r -> r.key() != null && ids.containsKey(r.key()) ? ids.get(r.key()) : r.label()).toList()));
        row.put(OnisepColumn.LINKS, links(metier.sources()));
        row.put(OnisepColumn.SOURCE, edition.source());
        row.put(OnisepColumn.FACTS_DATE, edition.date().map(Object::toString).orElse(null));
        return Arrays.stream(OnisepColumn.values()).map(c -> row.getOrDefault(c, "")).map(v -> v == null ? "" : v)
                .toList();
    }

    private void level(OnisepMetier metier, Map<OnisepColumn, String> row, Consumer<TableNote> notes) {
        Optional<OnisepLevels.Match> level = OnisepLevels.of(metier.level());
        String column = OnisepColumn.EDUCATION_LEVEL.header();
        if (level.isPresent()) {
            row.put(OnisepColumn.EDUCATION_LEVEL, level.get().level());
            if (level.get().nearest()) {
                notes.accept(new TableNote(TableNote.Kind.LEVEL_NEAREST, column, metier.level(),
                        messages.get("onisep.note.levelNearest", metier.level().strip(), level.get().level())));
            }
        }
        else if (metier.level() != null) {
            notes.accept(new TableNote(TableNote.Kind.LEVEL_DROPPED, column, metier.level(),
                    messages.get("onisep.note.level", metier.level())));
        }
    }

    /** {@code vie_professionnelle}: its "Salaire" part is the salary text, the rest the career. */
    private void professionalLife(OnisepMetier metier, Map<OnisepColumn, String> row, Consumer<TableNote> notes) {
        String html = metier.text("vie_professionnelle");
        if (html == null) {
            return;
        }
        var salaryPart = SALARY_PART.matcher(html);
        String salaryHtml = salaryPart.find() ? salaryPart.group(1) : "";
        String careerHtml = salaryHtml.isEmpty() ? html : html.replace(salaryHtml, "");
        Optional<String> starting = StartingSalary.paragraph(html);
        row.put(OnisepColumn.SALARY_TEXT, salaryHtml.isEmpty() ? starting.orElse(null)
                : HtmlParagraphs.of(salaryHtml.replaceFirst("(?is)^<h3>.*?</h3>", "")));
        row.put(OnisepColumn.CAREER, HtmlParagraphs.of(careerHtml));
        Optional<BigDecimal> amount = starting.flatMap(StartingSalary::in);
        if (amount.isEmpty()) {
            return;
        }
        if (amount.get().compareTo(smic.monthlyGross()) < 0) {
            notes.accept(new TableNote(TableNote.Kind.SALARY_BELOW_SMIC_DROPPED, OnisepColumn.STARTING_SALARY.header(),
                    amount.get().toPlainString(),
                    messages.get("onisep.note.salaryBelowSmic", euros(amount.get()), euros(smic.monthlyGross()),
                            LongDates.format(smic.from(), messages.locale()))));
            return;
        }
        row.put(OnisepColumn.STARTING_SALARY, amount.get().toPlainString());
    }

    /** {@code label=URL|…} of the web addresses; a comment loses the {@code |} and {@code =} the list needs. */
    private static String links(List<OnisepMetier.Labelled> sources) {
        return sources.stream().filter(s -> Link.isWebAddress(s.key()))
                .map(s -> (s.label() == null ? s.key().strip() : clean(s.label()).replace('=', ':')) + "="
                        + s.key().strip())
                .collect(Collectors.joining("|"));
    }

    private static String items(List<String> items) {
        List<String> kept = new ArrayList<>();
        for (String item : items) {
            if (item != null && !item.isBlank()) {
                kept.add(clean(item));
            }
        }
        return String.join("|", kept);
    }

    private static String clean(String text) {
        return text.replace('|', '/').replaceAll("\\s+", " ").strip().replaceAll("[,;]$", "");
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private String euros(BigDecimal amount) {
        return Euros.format(amount, messages.locale());
    }
}
