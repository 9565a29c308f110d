package fr.fichesmetiers.fiche;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One career profile as published: identity, codes, key facts, text sections, qualities, FAQ and details.
 *
 * <p>Only what names a profile and what a brochure cannot do without is required: id, title, guide, ROME code (with
 * the version it was read as) and summary. Every key fact may be unknown, as in national open data: an unknown fact
 * is an empty {@link Optional} (a salary, an empty amount of {@link SalaryRange}), never a zero or a default.
 *
 * @param id slug that names the profile everywhere (URLs, PDF file names)
 * @param romeVersion the ROME version the code was read as, whose labels the profile prints
 * @param sections text of each section present; an absent section has no entry
 */
public record Fiche(String id, String title, String guide, RomeCode rome, RomeVersion romeVersion,
        Optional<FapCode> fap, Optional<EducationLevel> educationLevel, Optional<String> recommendedBac,
        Optional<Employability> employability, Optional<Mobility> mobility, SalaryRange salary,
        Map<Section, String> sections, List<String> qualities, List<FaqEntry> faq, FicheDetails details) {

    public Fiche {
        if (id == null || title == null || guide == null || rome == null || romeVersion == null) {
            throw new IllegalArgumentException("A fiche needs its id, title, guide and ROME code with its version");
        }
        EnumMap<Section, String> present = new EnumMap<>(Section.class);
        sections.forEach((section, text) -> {
            if (text != null && !text.isBlank()) {
                present.put(section, text);
            }
        });
        if (!present.containsKey(Section.SUMMARY)) {
            throw new IllegalArgumentException("A fiche needs its summary: " + id);
        }
        sections = Collections.unmodifiableMap(present);
        fap = known(fap);
        educationLevel = known(educationLevel);
        recommendedBac = known(recommendedBac).filter(bac -> !bac.isBlank());
        employability = known(employability);
        mobility = known(mobility);
        salary = salary == null ? SalaryRange.UNKNOWN : salary;
        qualities = List.copyOf(qualities);
        faq = List.copyOf(faq);
        details = details == null ? FicheDetails.NONE : details;
    }

    /** The section's text, or an empty string when the profile has none. */
    public String section(Section section) {
        return sections.getOrDefault(section, "");
    }

    public Fiche withFaq(List<FaqEntry> entries) {
        return new Fiche(id, title, guide, rome, romeVersion, fap, educationLevel, recommendedBac, employability,
                mobility, salary, sections, qualities, entries, details);
    }

    public Fiche withDetails(FicheDetails newDetails) {
        return new Fiche(id, title, guide, rome, romeVersion, fap, educationLevel, recommendedBac, employability,
                mobility, salary, sections, qualities, faq, newDetails);
    }

    /** A {@code null} where an optional fact is expected reads as unknown. */
    private static <T> Optional<T> known(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }
}
