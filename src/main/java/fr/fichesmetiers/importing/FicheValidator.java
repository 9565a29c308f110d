package fr.fichesmetiers.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import fr.fichesmetiers.fiche.EducationLevel;
import fr.fichesmetiers.fiche.Employability;
import fr.fichesmetiers.fiche.FapCode;
import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.FicheDetails;
import fr.fichesmetiers.fiche.Mobility;
import fr.fichesmetiers.fiche.RomeCode;
import fr.fichesmetiers.fiche.RomeVersion;
import fr.fichesmetiers.fiche.SalaryRange;
import fr.fichesmetiers.fiche.Section;
import fr.fichesmetiers.support.Messages;
import fr.fichesmetiers.support.Slugs;

/**
 * Applies every row-level rule of the contract to one row of {@code fiches.csv}, reporting each broken rule
 * (a row breaking several rules is reported once per rule). A valid row may carry warnings and informations: the
 * gaps it has ({@code MISSING_VALUE}), its FAP family taken from the ROME code, or one that does not fit it. Plain
 * Java: no Spring, no database.
 */
final class FicheValidator {

    static final Pattern ID_FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern WINDOWS_RESERVED = Pattern.compile("con|prn|aux|nul|com[1-9]|lpt[1-9]");

    private final HeaderMapping<FicheColumn> header;
    private final String file;
    private final FicheRules rules;
    private final Messages messages;
    private final TextRules text;
    private final SalaryRules salaries;
    private final CodeRules codes;
    private final DetailRules details;

    FicheValidator(HeaderMapping<FicheColumn> header, String file, FicheRules rules, Messages messages) {
        this.header = header;
        this.file = file;
        this.rules = rules;
        this.messages = messages;
        this.text = new TextRules(messages);
        this.salaries = new SalaryRules(rules.smic(), rules.settings().maximumSalary(), messages);
        this.codes = new CodeRules(rules.codes(), rules.crosswalk(), messages);
        this.details = new DetailRules(messages);
    }

    ValidatedRow validate(CsvRow row) {
        List<RowProblem> problems = new ArrayList<>();
        if (!header.fits(row.values())) {
            problems.add(new RowProblem("", null, RuleCode.COLUMN_COUNT, messages.get("rule.COLUMN_COUNT",
                    String.valueOf(header.fieldCount(row.values())), String.valueOf(header.width()))));
            return new ValidatedRow(row.line(), null, null, null, at(row, problems));
        }
        String ficheId = id(row, problems);
        String title = line(row, FicheColumn.TITLE, ImportSettings.MAX_TITLE, problems);
        String guide = line(row, FicheColumn.GUIDE, ImportSettings.MAX_GUIDE, problems);
        String versionText = line(row, FicheColumn.ROME_VERSION, 40, problems);
        RomeVersion version = versionText == null ? rules.defaultRomeVersion()
                : codes.version(versionText, written(FicheColumn.ROME_VERSION), problems::add);
        String romeText = line(row, FicheColumn.ROME, 40, problems);
        RomeCode rome = romeText == null ? null
                : codes.rome(romeText, version, written(FicheColumn.ROME), problems::add);
        String fapText = line(row, FicheColumn.FAP, 40, problems);
        FapCode fap = fapText == null ? null : codes.fap(fapText, written(FicheColumn.FAP), problems::add);
        EducationLevel level = vocabulary(row, FicheColumn.EDUCATION_LEVEL, EducationLevel::parse,
                RuleCode.EDUCATION_LEVEL_UNKNOWN, EducationLevel.values(), EducationLevel::label, problems);
        String bac = line(row, FicheColumn.RECOMMENDED_BAC, ImportSettings.MAX_BAC, problems);
        Employability employability = vocabulary(row, FicheColumn.EMPLOYABILITY, Employability::parse,
                RuleCode.EMPLOYABILITY_UNKNOWN, Employability.values(), Employability::label, problems);
        Mobility mobility = vocabulary(row, FicheColumn.MOBILITY, Mobility::parse, RuleCode.MOBILITY_UNKNOWN,
                Mobility.values(), Mobility::label, problems);
        SalaryRange salary = salary(row, problems);
        Map<Section, String> sections = new EnumMap<>(Section.class);
        for (FicheColumn column : FicheColumn.values()) {
            if (column.section() != null) {
                sections.put(column.section(), paragraphs(row, column, rules.settings().maxTextLength(), problems));
            }
        }
        List<String> qualities = details.list(paragraphs(row, FicheColumn.QUALITY_LIST, 4000, problems),
                written(FicheColumn.QUALITY_LIST), ImportSettings.MAX_QUALITY, ImportSettings.MAX_QUALITIES,
                "rule.TEXT_TOO_LONG.items", problems::add);
        FicheDetails more = details(row, problems);
        if (!problems.isEmpty()) {
            return new ValidatedRow(row.line(), ficheId, null, null, at(row, problems));
        }
        List<RowProblem> notes = new ArrayList<>();
        Optional<FapCode> family = codes.family(Optional.ofNullable(fap), rome, version, Optional.ofNullable(level),
                written(FicheColumn.FAP), notes::add);
        Map<FicheColumn, Object> facts = new EnumMap<>(FicheColumn.class);
        facts.put(FicheColumn.FAP, family.orElse(null));
        facts.put(FicheColumn.EDUCATION_LEVEL, level);
        facts.put(FicheColumn.RECOMMENDED_BAC, bac);
        facts.put(FicheColumn.EMPLOYABILITY, employability);
        facts.put(FicheColumn.MOBILITY, mobility);
        facts.put(FicheColumn.STARTING_SALARY, salary.starting().orElse(null));
        facts.put(FicheColumn.EXPERIENCED_SALARY, salary.experienced().orElse(null));
        facts.forEach((column, value) -> {
            if (value == null) {
                notes.add(new RowProblem(written(column), "", RuleCode.MISSING_VALUE,
                        messages.get("rule.MISSING_VALUE", messages.get(factKey(column)))));
            }
        });
        Fiche fiche = new Fiche(ficheId, title, guide, rome, version, family, Optional.ofNullable(level),
                Optional.ofNullable(bac), Optional.ofNullable(employability), Optional.ofNullable(mobility), salary,
                sections, qualities, List.of(), more);
        return new ValidatedRow(row.line(), ficheId, fiche, null, at(row, notes));
    }

    private List<Violation> at(CsvRow row, List<RowProblem> problems) {
        return problems.stream().map(p -> p.at(file, row.line())).toList();
    }

    /** The row's id when it is well formed (a rejected row then keeps its profile's previous version). */
    private String id(CsvRow row, List<RowProblem> problems) {
        // No length limit here: ID_FORMAT says what an id may be, length included.
        String id = line(row, FicheColumn.ID, rules.settings().maxTextLength(), problems);
        if (id == null) {
            return null;
        }
        if (id.length() > ImportSettings.MAX_ID || !ID_FORMAT.matcher(id).matches()) {
            problems.add(problem(FicheColumn.ID, id, RuleCode.ID_FORMAT,
                    messages.get("rule.ID_FORMAT", id, Slugs.suggest(id, ImportSettings.MAX_ID))));
            return null;
        }
        if (WINDOWS_RESERVED.matcher(id).matches()) {
            // The id names the brochure's file: Windows cannot create con.pdf or lpt1.pdf.
            problems.add(problem(FicheColumn.ID, id, RuleCode.ID_FORMAT,
                    messages.get("rule.ID_FORMAT.reserved", id, id + "-1")));
            return null;
        }
        return id;
    }

    private FicheDetails details(CsvRow row, List<RowProblem> problems) {
        String feminine = line(row, FicheColumn.FEMININE_TITLE, ImportSettings.MAX_TITLE, problems);
        List<String> formations = details.list(paragraphs(row, FicheColumn.FORMATIONS, 20_000, problems),
                written(FicheColumn.FORMATIONS), ImportSettings.MAX_COURSE, ImportSettings.MAX_ITEMS,
                "rule.TEXT_TOO_LONG.list", problems::add);
        List<String> related = details.list(paragraphs(row, FicheColumn.RELATED_PROFESSIONS, 20_000, problems),
                written(FicheColumn.RELATED_PROFESSIONS), ImportSettings.MAX_RELATED, ImportSettings.MAX_ITEMS,
                "rule.TEXT_TOO_LONG.list", problems::add);
        var links = details.links(paragraphs(row, FicheColumn.LINKS, 20_000, problems), written(FicheColumn.LINKS),
                problems::add);
        String source = line(row, FicheColumn.SOURCE, ImportSettings.MAX_SOURCE, problems);
        var factsDate = details.date(line(row, FicheColumn.FACTS_DATE, 40, problems), rules.importDay(),
                written(FicheColumn.FACTS_DATE), problems::add);
        return new FicheDetails(Optional.ofNullable(feminine), formations, related, links, Optional.ofNullable(source),
                factsDate);
    }

    /** A single-line field, cleaned, with REQUIRED checked. */
    private String line(CsvRow row, FicheColumn column, int maxLength, List<RowProblem> problems) {
        return cleaned(row, column, false, maxLength, problems);
    }

    /** A field whose line breaks separate paragraphs (or items), cleaned, with REQUIRED checked. */
    private String paragraphs(CsvRow row, FicheColumn column, int maxLength, List<RowProblem> problems) {
        return cleaned(row, column, true, maxLength, problems);
    }

    private String cleaned(CsvRow row, FicheColumn column, boolean multiline, int maxLength,
            List<RowProblem> problems) {
        String raw = row.get(header.position(column));
        String value = text.clean(raw, written(column), multiline, maxLength, problems::add);
        if (column.required() && !header.gapAllowed(column) && value == null && TextRules.isBlank(raw)) {
            problems.add(problem(column, raw, RuleCode.REQUIRED, messages.get("rule.REQUIRED")));
        }
        return value;
    }

    private <E extends Enum<E>> E vocabulary(CsvRow row, FicheColumn column, Function<String, Optional<E>> parser,
            RuleCode rule, E[] values, Function<E, String> label, List<RowProblem> problems) {
        String value = line(row, column, 60, problems);
        if (value == null) {
            return null;
        }
        Optional<E> parsed = parser.apply(value);
        if (parsed.isEmpty()) {
            String accepted = String.join(", ", Arrays.stream(values).map(label).toList());
            problems.add(problem(column, value, rule, messages.get("rule." + rule.name(), value, accepted)));
        }
        return parsed.orElse(null);
    }

    /** The salaries given (either may be blank), or none after reporting a rule they break. */
    private SalaryRange salary(CsvRow row, List<RowProblem> problems) {
        String startingRaw = line(row, FicheColumn.STARTING_SALARY, 60, problems);
        String experiencedRaw = line(row, FicheColumn.EXPERIENCED_SALARY, 60, problems);
        String startingColumn = written(FicheColumn.STARTING_SALARY);
        String experiencedColumn = written(FicheColumn.EXPERIENCED_SALARY);
        int before = problems.size();
        BigDecimal starting = startingRaw == null ? null : salaries.parse(startingRaw, startingColumn, problems::add);
        BigDecimal experienced = experiencedRaw == null ? null
                : salaries.parse(experiencedRaw, experiencedColumn, problems::add);
        salaries.check(starting, startingColumn, startingRaw, experienced, experiencedColumn, experiencedRaw,
                problems::add);
        return problems.size() == before ? SalaryRange.of(starting, experienced) : SalaryRange.UNKNOWN;
    }

    /** The name a key fact has in {@code show} and the brochures. */
    private static String factKey(FicheColumn column) {
        return switch (column) {
            case FAP -> "fact.fap";
            case EDUCATION_LEVEL -> "fact.educationLevel";
            case RECOMMENDED_BAC -> "fact.recommendedBac";
            case EMPLOYABILITY -> "fact.employability";
            case MOBILITY -> "fact.mobility";
            case STARTING_SALARY -> "fact.startingSalary";
            default -> "fact.experiencedSalary";
        };
    }

    private String written(FicheColumn column) {
        return header.written(column);
    }

    private RowProblem problem(FicheColumn column, String value, RuleCode rule, String message) {
        return new RowProblem(written(column), value, rule, message);
    }
}
