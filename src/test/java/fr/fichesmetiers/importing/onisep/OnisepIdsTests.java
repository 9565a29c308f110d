package fr.fichesmetiers.importing.onisep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class OnisepIdsTests {

    @Test
    void givesAReadableIdFromTheTitleTheFirstTime() {
        OnisepIds ids = new OnisepIds(Map.of());
        assertThat(ids.idOf("MET.459", "expert en sécurité informatique")).isEqualTo("expert-en-securite-informatique");
        assertThat(ids.added()).containsEntry("MET.459", "expert-en-securite-informatique");
    }

    @Test
    void keepsTheIdGivenBeforeWhenTheTitleChanges() {
        OnisepIds ids = new OnisepIds(Map.of("MET.101", "animateur-nature"));
        assertThat(ids.idOf("MET.101", "animateur nature et environnement")).isEqualTo("animateur-nature");
        assertThat(ids.added()).isEmpty();
    }

    @Test
    void addsOnisepsNumberWhenTheTitlesIdIsTakenNowOrBefore() {
        OnisepIds ids = new OnisepIds(Map.of("MET.7", "pilote"));
        assertThat(ids.idOf("MET.8", "pilote")).isEqualTo("pilote-8");
        assertThat(ids.idOf("MET.101", "animateur nature")).isEqualTo("animateur-nature");
        assertThat(ids.idOf("MET.105", "animateur nature")).isEqualTo("animateur-nature-105");
    }

    @Test
    void neverGivesANameWindowsCannotUseForAFile() {
        assertThat(new OnisepIds(Map.of()).idOf("MET.3", "Con")).isEqualTo("con-3");
    }

    @Test
    void keepsLongIdsWithinTheContractsLength() {
        String title = "psychologue de l'éducation nationale spécialité éducation, développement et conseil en orientation";
        OnisepIds ids = new OnisepIds(Map.of());
        String first = ids.idOf("MET.1", title);
        String second = ids.idOf("MET.2000", title);
        assertThat(first).hasSizeLessThanOrEqualTo(64);
        assertThat(second).hasSizeLessThanOrEqualTo(64).endsWith("-2000").isNotEqualTo(first);
    }
}
