package fr.fichesmetiers.fiche;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Profiles for tests: a complete one (the seed's back-end developer, in our words), a minimal one, long ones, and
 * profiles as real data has them (ROME 4.0, gaps, details).
 */
public final class SampleFiches {

    private SampleFiches() {
    }

    /** A profile of release 0.1: ROME v3, every fact given, no details. */
    static Fiche complete(String id, String title, String guide, RomeCode rome, FapCode fap, EducationLevel level,
            String bac, Employability employability, Mobility mobility, SalaryRange salary,
            Map<Section, String> sections, List<String> qualities, List<FaqEntry> faq) {
        return new Fiche(id, title, guide, rome, RomeVersion.V3, Optional.of(fap), Optional.of(level),
                Optional.ofNullable(bac), Optional.of(employability), Optional.of(mobility), salary, sections,
                qualities, faq, FicheDetails.NONE);
    }

    public static Fiche complete() {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        sections.put(Section.SUMMARY, "Le développeur back-end construit la partie serveur des applications : "
                + "données, API et sécurité. Le métier recrute beaucoup et se prépare jusqu’au Bac+5.");
        sections.put(Section.ROLE, "Il fait tourner ce que l’utilisateur ne voit pas : serveurs, bases de données "
                + "et échanges entre applications.\nIl veille à ce que tout réponde vite et sans fuite de données.");
        sections.put(Section.MISSIONS, "Concevoir des API, écrire et tester du code, corriger les anomalies.");
        sections.put(Section.RESPONSIBILITIES, "Il répond de la fiabilité des services qu’il met en production.");
        sections.put(Section.SKILLS, "Java, Python ou PHP ; bases SQL ; sécurité applicative (OWASP).");
        sections.put(Section.QUALITIES, "Rigueur et méthode d’abord ; savoir travailler seul et en équipe.");
        sections.put(Section.ACCESS, "Une licence ou un BUT informatique, puis un master ou une école d’ingénieurs.");
        sections.put(Section.SALARY, "Environ 2 000 € brut par mois au début, 4 000 € avec l’expérience.");
        sections.put(Section.CAREER, "Lead developer, architecte, puis directeur technique.");
        sections.put(Section.PROS_CONS, "Un secteur qui recrute ; des technologies qui changent sans cesse.");
        sections.put(Section.BECOMING, "Se former en informatique (Bac+3 à Bac+5) et pratiquer sur des projets.");
        return complete("developpeur-back-end", "Développeur back-end", "Cybersécurité", new RomeCode("M1802"),
                new FapCode("M2Z"), EducationLevel.BAC_5, "Scientifique", Employability.ELEVEE, Mobility.TRES_BONNE,
                SalaryRange.of(new BigDecimal("2000"), new BigDecimal("4000")), sections,
                List.of("Rigueur", "Méthode", "Autonomie", "Travail en équipe", "Adaptabilité"),
                List.of(new FaqEntry("Quel niveau d’études faut-il ?", "Un Bac+3 au minimum, un Bac+5 le plus souvent."),
                        new FaqEntry("Quel bac choisir ?", "Un bac général scientifique ou un bac technologique.")));
    }

    /** Only the required fields. */
    public static Fiche minimal() {
        return complete("aide-soignant", "Aide-soignant", "Santé", new RomeCode("J1501"), new FapCode("V0Z"),
                EducationLevel.CAP_BEP, null, Employability.MOYENNE, Mobility.BONNE,
                SalaryRange.of(new BigDecimal("1900"), new BigDecimal("2400")),
                Map.of(Section.SUMMARY, "Il accompagne les patients dans les gestes de la vie quotidienne."), List.of(),
                List.of());
    }

    /** Every section several paragraphs long: about three pages. */
    public static Fiche longSections() {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        String paragraph = "Sur le terrain, le technicien inspecte les nacelles, remplace les pièces usées, mesure "
                + "les vibrations et consigne chaque intervention ; il travaille en binôme, en hauteur, par tous les "
                + "temps, et doit respecter à la lettre les règles de sécurité électrique et de travail en hauteur. ";
        for (Section section : Section.values()) {
            sections.put(section, (paragraph.repeat(3) + "\n").repeat(section == Section.MISSIONS ? 6 : 2).strip());
        }
        return complete("technicien-eolien", "Technicien de maintenance éolienne", "Transition écologique",
                new RomeCode("I1304"), new FapCode("G1Z70"), EducationLevel.BAC_2, "Technologique",
                Employability.TRES_ELEVEE, Mobility.BONNE, SalaryRange.of(new BigDecimal("2200"),
                        new BigDecimal("3400")), sections, List.of("Prudence", "Goût du terrain", "Endurance"),
                List.of(new FaqEntry("Faut-il aimer la hauteur ?", paragraph)));
    }

    /** Every French special character a brochure must print. */
    public static Fiche frenchCharacters() {
        String text = "Œuvre, cœur, Élève, À côté, ça, «\u00A0guillemets\u00A0», l’apostrophe, 2\u202F000\u00A0€, "
                + "naïve, Noël, ÇA, ÉÈÊË, àâäéèêëîïôöùûüÿç, œ æ Æ, – tiret — cadratin, … points.";
        return complete("caracteres-francais", "Œnologue à l’écoute « fine »", "Transition écologique",
                new RomeCode("A1413"), new FapCode("A1Z"), EducationLevel.BAC_3, "Général — ou technologique",
                Employability.FAIBLE, Mobility.MOYENNE, SalaryRange.of(new BigDecimal("1900.50"),
                        new BigDecimal("2950")), Map.of(Section.SUMMARY, text, Section.ROLE, text),
                List.of("Précision", "Goût"), List.of(new FaqEntry("Ça s’apprend où ?", text)));
    }

    /**
     * A profile as ONISEP's open data gives one: ROME v3 code and level, a starting salary, no FAP, employability,
     * mobility or experienced salary; the feminine title, courses, related professions, a link, its source and date.
     */
    public static Fiche withGaps() {
        return new Fiche("aide-soignant-onisep", "aide-soignant", "Santé", new RomeCode("J1501"), RomeVersion.V3,
                Optional.empty(), Optional.of(EducationLevel.CAP_BEP), Optional.empty(), Optional.empty(),
                Optional.empty(), SalaryRange.of(new BigDecimal("1900"), null),
                Map.of(Section.SUMMARY, "Au plus près des patients, il les aide dans les gestes de chaque jour."),
                List.of(), List.of(), new FicheDetails(Optional.of("aide-soignante"),
                        List.of("DEAS diplôme d'État d'aide-soignant", "bac pro ASSP"), List.of("infirmier",
                                "auxiliaire de puériculture"), List.of(new Link("Métiers de la santé",
                                        "https://www.example.org/sante?metier=aide-soignant")),
                        Optional.of("ONISEP, Idéo-Fiches métiers, 2024, licence ODbL"),
                        Optional.of(LocalDate.of(2024, 6, 25))));
    }

    /** A ROME 4.0 code only 4.0 has (M1855, developer, v3 parent M1805), level Bac+5, no FAP. */
    public static Fiche romeV4() {
        return new Fiche("developpeur-web", "Développeur web", "Numérique", new RomeCode("M1855"), RomeVersion.V4,
                Optional.empty(), Optional.of(EducationLevel.BAC_5), Optional.empty(),
                Optional.of(Employability.ELEVEE), Optional.of(Mobility.BONNE),
                SalaryRange.of(new BigDecimal("2300"), new BigDecimal("3800")),
                Map.of(Section.SUMMARY, "Il conçoit et code des sites et des applications web."), List.of(), List.of(),
                FicheDetails.NONE);
    }
}
