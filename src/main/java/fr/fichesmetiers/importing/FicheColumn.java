package fr.fichesmetiers.importing;

import java.util.List;
import java.util.stream.Stream;

import fr.fichesmetiers.fiche.Section;

/** The columns of {@code fiches.csv} (contract: docs/input-format.md), with the seed document's labels as aliases. */
enum FicheColumn implements CsvColumn {
    ID("identifiant", "id", true, null, "identifiant_fiche", "slug"),
    TITLE("intitule", "title", true, null, "intitule_du_metier", "metier", "nom_du_metier"),
    GUIDE("guide", "guide", true, null, "guide_des_metiers", "secteur"),
    ROME("code_rome", "rome_code", true, null, "rome"),
    FAP("code_fap", "fap_code", false, null, "fap"),
    EDUCATION_LEVEL("niveau_etudes", "education_level", false, null, "niveau_d_etudes", "niveau_detudes",
            "niveau"),
    RECOMMENDED_BAC("bac_conseille", "recommended_bac", false, null, "bac_recommande"),
    EMPLOYABILITY("employabilite", "employability", false, null),
    MOBILITY("mobilite", "mobility", false, null, "mobilite_professionnelle"),
    STARTING_SALARY("salaire_debutant", "starting_salary", false, null, "salaire_debut"),
    EXPERIENCED_SALARY("salaire_experimente", "experienced_salary", false, null, "salaire_confirme"),
    SUMMARY("resume", "summary", true, Section.SUMMARY, "resume_du_metier"),
    ROLE("role", "role", false, Section.ROLE, "le_role", "le_role_du_metier"),
    MISSIONS("missions", "missions", false, Section.MISSIONS, "ses_missions_au_quotidien", "missions_au_quotidien"),
    RESPONSIBILITIES("responsabilites", "responsibilities", false, Section.RESPONSIBILITIES, "ses_responsabilites"),
    SKILLS("competences", "skills", false, Section.SKILLS, "les_competences_requises", "competences_requises"),
    QUALITIES_TEXT("qualites", "qualities_text", false, Section.QUALITIES, "les_qualites_recherchees",
            "qualites_recherchees"),
    QUALITY_LIST("liste_qualites", "qualities", false, null, "liste_des_qualites"),
    ACCESS("acces", "access", false, Section.ACCESS, "acces_au_metier",
            "les_etapes_a_suivre_pour_acceder_a_ce_metier"),
    SALARY_TEXT("salaire_commentaire", "salary_text", false, Section.SALARY, "salaire"),
    CAREER("evolution", "career", false, Section.CAREER, "les_opportunites_de_carriere", "evolution_de_carriere",
            "opportunites_de_carriere"),
    PROS_CONS("avantages_inconvenients", "pros_cons", false, Section.PROS_CONS,
            "les_avantages_et_inconvenients_du_metier", "avantages_et_inconvenients"),
    BECOMING("devenir", "becoming", false, Section.BECOMING, "devenir_le_metier"),
    // Issue 12: the ROME version of the code, and what real profiles carry besides.
    ROME_VERSION("version_rome", "rome_version", false, null, "version_du_rome", "version_code_rome"),
    FEMININE_TITLE("intitule_feminin", "feminine_title", false, null, "intitule_au_feminin", "feminin"),
    FORMATIONS("formations", "courses", false, null, "formations_menant_au_metier", "diplomes"),
    RELATED_PROFESSIONS("metiers_proches", "related_professions", false, null, "metiers_associes"),
    LINKS("liens", "links", false, null, "liens_utiles"),
    SOURCE("source", "source", false, null, "sources"),
    FACTS_DATE("mis_a_jour_le", "updated_on", false, null, "mise_a_jour", "date_de_mise_a_jour");

    private final String canonicalName;
    private final List<String> aliases;
    private final boolean required;
    private final Section section;

    FicheColumn(String canonicalName, String englishName, boolean required, Section section, String... others) {
        this.canonicalName = canonicalName;
        this.aliases = Stream.concat(Stream.of(canonicalName, englishName), Stream.of(others)).toList();
        this.required = required;
        this.section = section;
    }

    @Override
    public String canonicalName() {
        return canonicalName;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public boolean required() {
        return required;
    }

    /** The text section this column fills, or {@code null} for a fact column. */
    Section section() {
        return section;
    }
}
