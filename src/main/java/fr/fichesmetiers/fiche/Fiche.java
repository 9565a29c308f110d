package fr.fichesmetiers.fiche;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One career profile as published: identity, codes, key facts, text sections, qualities and FAQ.
 *
 * @param id slug that names the profile everywhere (URLs, PDF file names)
 * @param sections text of each section present; an absent section has no entry
 */
public record Fiche(String id, String title, String guide, RomeCode rome, FapCode fap, EducationLevel educationLevel,
        String recommendedBac, Employability employability, Mobility mobility, SalaryRange salary,
        Map<Section, String> sections, List<String> qualities, List<FaqEntry> faq) {

    public Fiche {
        if (id == null || title == null || guide == null || rome == null || fap == null || educationLevel == null
                || employability == null || mobility == null || salary == null) {
            throw new IllegalArgumentException("A fiche needs its id, title, guide, codes, levels and salaries");
        }
        EnumMap<Section, String> present = new EnumMap<>(Section.class);
        sections.forEach((section, text) -> {
            if (text != null && !text.isBlank()) {
                present.put(section, text);
            }
        });
        sections = Collections.unmodifiableMap(present);
        qualities = List.copyOf(qualities);
        faq = List.copyOf(faq);
        recommendedBac = recommendedBac == null || recommendedBac.isBlank() ? null : recommendedBac;
    }

    /** The section's text, or an empty string when the profile has none. */
    public String section(Section section) {
        return sections.getOrDefault(section, "");
    }

    public Fiche withFaq(List<FaqEntry> entries) {
        return new Fiche(id, title, guide, rome, fap, educationLevel, recommendedBac, employability, mobility, salary,
                sections, qualities, entries);
    }
}
