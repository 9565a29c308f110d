package fr.fichesmetiers.fiche;

import java.util.Locale;

/** The text sections of a fiche, in the order a brochure prints them. */
public enum Section {
    SUMMARY, ROLE, MISSIONS, RESPONSIBILITIES, SKILLS, QUALITIES, ACCESS, SALARY, CAREER, PROS_CONS, BECOMING;

    /** The catalog column that stores the section. */
    public String column() {
        return name().toLowerCase(Locale.ROOT) + "_text";
    }

    /** The message key of the section's heading. */
    public String headingKey() {
        return "section." + name().toLowerCase(Locale.ROOT);
    }
}
