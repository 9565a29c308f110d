package fr.fichesmetiers.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
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
import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.fiche.RomeCode;
import fr.fichesmetiers.fiche.RomeVersion;
import fr.fichesmetiers.fiche.SalaryRange;
import fr.fichesmetiers.fiche.Section;
import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.support.Messages;
import fr.fichesmetiers.support.Slugs;

/**
 * Applies every row-level rule of the contract to one row of {@code fiches.csv}, reporting each broken rule
 * (a row breaking several rules is reported once per rule). Plain Java: no Spring, no database.
 */
final class FicheValidator {

    static final Pattern ID_FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern WINDOWS_RESERVED = Pattern.compile("con|prn|aux|nul|com[1-9]|lpt[1-9]");

    private final HeaderMapping<FicheColumn> header;
    private final String file;
    private final ReferenceCodes codes;
    private final ImportSettings settings;
    private final Messages messages;
    private final TextRules text;
    private final SalaryRules salaries;

    /** @param smic the SMIC in force on the import day, the least a starting salary may be */
    FicheValidator(HeaderMapping<FicheColumn> header, String file, ReferenceCodes codes, ImportSettings settings,
            SmicTable.Entry smic, Messages messages) {
        this.header = header;
        this.file = file;
        this.codes = codes;
        this.settings = settings;
        this.messages = messages;
        this.text = new TextRules(messages);
        this.salaries = new SalaryRules(smic.monthlyGross(), settings.maximumSalary(), messages);
    }

    ValidatedRow validate(CsvRow row) {
        List<RowProblem> problems = new ArrayList<>();
        if (!header.fits(row.values())) {
            problems.add(new RowProblem("", null, RuleCode.COLUMN_COUNT, messages.get("rule.COLUMN_COUNT",
                    String.valueOf(row.values().size()), String.valueOf(header.width()))));
            return rejected(row, null, problems);
        }
        // No length limit here: ID_FORMAT says what an id may be, length included.
        String id = line(row, FicheColumn.ID, settings.maxTextLength(), problems);
        String ficheId = null;
        if (id != null) {
            if (id.length() > ImportSettings.MAX_ID || !ID_FORMAT.matcher(id).matches()) {
                problems.add(problem(FicheColumn.ID, id, RuleCode.ID_FORMAT,
                        messages.get("rule.ID_FORMAT", id, Slugs.suggest(id, ImportSettings.MAX_ID))));
            }
            else if (WINDOWS_RESERVED.matcher(id).matches()) {
                // The id names the brochure's file: Windows cannot create con.pdf or lpt1.pdf.
                problems.add(problem(FicheColumn.ID, id, RuleCode.ID_FORMAT,
                        messages.get("rule.ID_FORMAT.reserved", id, id + "-1")));
            }
            else {
                ficheId = id;
            }
        }
        String title = line(row, FicheColumn.TITLE, ImportSettings.MAX_TITLE, problems);
        String guide = line(row, FicheColumn.GUIDE, ImportSettings.MAX_GUIDE, problems);
        RomeCode rome = rome(row, problems);
        FapCode fap = fap(row, problems);
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
                String value = text.clean(row.get(header.position(column)), header.written(column), true,
                        settings.maxTextLength(), problems::add);
                required(column, value, row, problems);
                sections.put(column.section(), value);
            }
        }
        List<String> qualities = qualities(row, problems);
        if (!problems.isEmpty()) {
            return rejected(row, ficheId, problems);
        }
        // Every code is read as ROME v3 and every fact is required, as in release 0.1.
        // A fact can only be missing here when the source may lack it (HeaderMapping's gaps: ONISEP's files).
        Fiche fiche = new Fiche(ficheId, title, guide, rome, RomeVersion.V3, Optional.ofNullable(fap),
                Optional.ofNullable(level), Optional.ofNullable(bac), Optional.ofNullable(employability),
                Optional.ofNullable(mobility), salary, sections,
                qualities, List.of(), FicheDetails.NONE);
        return new ValidatedRow(row.line(), ficheId, fiche, null, List.of());
    }

    private ValidatedRow rejected(CsvRow row, String ficheId, List<RowProblem> problems) {
        return new ValidatedRow(row.line(), ficheId, null, null,
                problems.stream().map(p -> p.at(file, row.line())).toList());
    }

    /** A single-line field, cleaned, with REQUIRED checked. */
    private String line(CsvRow row, FicheColumn column, int maxLength, List<RowProblem> problems) {
        String value = text.clean(row.get(header.position(column)), header.written(column), false, maxLength,
                problems::add);
        required(column, value, row, problems);
        return value;
    }

    private void required(FicheColumn column, String value, CsvRow row, List<RowProblem> problems) {
        String raw = row.get(header.position(column));
        if (column.required() && !header.gapAllowed(column) && value == null && TextRules.isBlank(raw)) {
            problems.add(problem(column, raw, RuleCode.REQUIRED, messages.get("rule.REQUIRED")));
        }
    }

    private RomeCode rome(CsvRow row, List<RowProblem> problems) {
        String code = line(row, FicheColumn.ROME, 40, problems);
        if (code == null) {
            return null;
        }
        String normalised = code.toUpperCase(Locale.ROOT).replace(" ", "");
        if (!RomeCode.isWellFormed(normalised)) {
            problems.add(problem(FicheColumn.ROME, code, RuleCode.ROME_FORMAT, messages.get("rule.ROME_FORMAT", code)));
            return null;
        }
        if (!codes.isKnownRome(normalised, RomeVersion.V3)) {
            problems.add(problem(FicheColumn.ROME, code, RuleCode.ROME_UNKNOWN,
                    messages.get("rule.ROME_UNKNOWN", normalised)));
            return null;
        }
        return new RomeCode(normalised);
    }

    private FapCode fap(CsvRow row, List<RowProblem> problems) {
        String code = line(row, FicheColumn.FAP, 40, problems);
        if (code == null) {
            return null;
        }
        String normalised = code.toUpperCase(Locale.ROOT).replace(" ", "");
        if (!FapCode.isWellFormed(normalised)) {
            problems.add(problem(FicheColumn.FAP, code, RuleCode.FAP_FORMAT, messages.get("rule.FAP_FORMAT", code)));
            return null;
        }
        if (!codes.isKnownFap(normalised)) {
            // FAP-2021 writes X where FAP-2009 writes Z: say so, it is the likeliest mix-up.
            String key = normalised.charAt(2) == 'X' ? "rule.FAP_UNKNOWN.2021" : "rule.FAP_UNKNOWN";
            problems.add(problem(FicheColumn.FAP, code, RuleCode.FAP_UNKNOWN, messages.get(key, normalised)));
            return null;
        }
        return new FapCode(normalised);
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

    private SalaryRange salary(CsvRow row, List<RowProblem> problems) {
        String startingRaw = line(row, FicheColumn.STARTING_SALARY, 60, problems);
        String experiencedRaw = line(row, FicheColumn.EXPERIENCED_SALARY, 60, problems);
        String startingColumn = header.written(FicheColumn.STARTING_SALARY);
        String experiencedColumn = header.written(FicheColumn.EXPERIENCED_SALARY);
        BigDecimal starting = startingRaw == null ? null : salaries.parse(startingRaw, startingColumn, problems::add);
        BigDecimal experienced = experiencedRaw == null ? null
                : salaries.parse(experiencedRaw, experiencedColumn, problems::add);
        int before = problems.size();
        salaries.check(starting, startingColumn, startingRaw, experienced, experiencedColumn, experiencedRaw,
                problems::add);
        return problems.size() == before ? SalaryRange.of(starting, experienced) : null;
    }

    /** Items separated by {@code |} (or line breaks, as a multi-line cell), bullets removed. */
    private List<String> qualities(CsvRow row, List<RowProblem> problems) {
        String value = text.clean(row.get(header.position(FicheColumn.QUALITY_LIST)),
                header.written(FicheColumn.QUALITY_LIST), true, 4000, problems::add);
        if (value == null) {
            return List.of();
        }
        List<String> items = Arrays.stream(value.split("[|\n]")).map(item -> item.replaceFirst("^\\s*[-•*–]\\s*", ""))
                .map(String::strip).filter(item -> !item.isEmpty()).toList();
        for (String item : items) {
            if (item.length() > ImportSettings.MAX_QUALITY) {
                problems.add(problem(FicheColumn.QUALITY_LIST, item, RuleCode.TEXT_TOO_LONG, messages.get(
                        "rule.TEXT_TOO_LONG", String.valueOf(item.length()), String.valueOf(ImportSettings.MAX_QUALITY))));
            }
        }
        if (items.size() > ImportSettings.MAX_QUALITIES) {
            problems.add(problem(FicheColumn.QUALITY_LIST, value, RuleCode.TEXT_TOO_LONG, messages.get(
                    "rule.TEXT_TOO_LONG.items", String.valueOf(items.size()), String.valueOf(ImportSettings.MAX_QUALITIES))));
        }
        return items;
    }

    private RowProblem problem(FicheColumn column, String value, RuleCode rule, String message) {
        return new RowProblem(header.written(column), value, rule, message);
    }
}
