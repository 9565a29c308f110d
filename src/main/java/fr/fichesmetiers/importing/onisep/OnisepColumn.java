package fr.fichesmetiers.importing.onisep;

import java.util.Arrays;
import java.util.List;

/**
 * The columns an ONISEP record becomes, named as the profiles contract names them, and where each comes from: the
 * one place to read (and to change) to see how ONISEP maps onto {@code fiches.csv}. Columns the contract of this
 * release does not read yet (issue 12 adds them) are passed on under the names that issue gives them.
 */
enum OnisepColumn {
    /** Our readable id, given the first time a record is seen and kept (see {@link OnisepIds}). */
    ID("identifiant"),
    /** {@code libelle_masculin}, else {@code nom_metier}. */
    TITLE("intitule"),
    /** {@code libelle_feminin} when it differs from the masculine one (issue 12). */
    FEMININE_TITLE("intitule_feminin"),
    /** From the first sector through {@code fiches.import.onisep.guides}. */
    GUIDE("guide"),
    /** The first {@code romesV3/romeV3}. */
    ROME("code_rome"),
    /** Always {@code v3}: ONISEP's codes are ROME v3 (issue 12). */
    ROME_VERSION("version_rome"),
    /** Blank: derived from the ROME code by the import (issue 12). */
    FAP("code_fap"),
    /** {@code niveau_acces_min} through {@link OnisepLevels}. */
    EDUCATION_LEVEL("niveau_etudes"),
    /** From "Salaire du débutant" when a monthly gross amount not below the SMIC. */
    STARTING_SALARY("salaire_debutant"),
    SUMMARY("resume"),
    ROLE("role"),
    MISSIONS("missions"),
    SKILLS("competences"),
    ACCESS("acces"),
    SALARY_TEXT("salaire_commentaire"),
    CAREER("evolution"),
    /** {@code formations_min_requise}, items separated by {@code |} (issue 12). */
    FORMATIONS("formations"),
    /** {@code metiers_associes}: our id when the profile is known, else its title, {@code |} (issue 12). */
    RELATED("metiers_proches"),
    /** {@code sources_numeriques}: {@code label=URL|…}, http and https only (issue 12). */
    LINKS("liens"),
    /** ONISEP, the edition's date and the licence (issue 12). */
    SOURCE("source"),
    /** The edition's date, ISO (issue 12). */
    FACTS_DATE("mis_a_jour_le"),
    /** ONISEP's own id ({@code MET.459}): kept with the profile (this issue). */
    ONISEP_ID("identifiant_onisep"),
    /** The record's other ROME codes, {@code |} (this issue). */
    OTHER_ROMES("codes_rome_secondaires");

    private final String header;

    OnisepColumn(String header) {
        this.header = header;
    }

    String header() {
        return header;
    }

    /** The header of every ONISEP table, in this order. */
    static List<String> headers() {
        return Arrays.stream(values()).map(OnisepColumn::header).toList();
    }
}
