package fr.fichesmetiers.fiche;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReferenceCodesTests {

    private static final ReferenceCodes CODES = ReferenceCodes.bundled();

    @Test
    void labelsACodeWithTheLabelOfTheVersionItWasReadAs() {
        RomeCode m1802 = new RomeCode("M1802");
        assertThat(CODES.romeLabel(m1802, RomeVersion.V3)).contains("Expertise et support en systèmes d'information");
        assertThat(CODES.romeLabel(m1802, RomeVersion.V4)).contains("Expert / Experte systèmes et réseaux informatiques");
        assertThat(CODES.romeLabel(new RomeCode("M1805"), RomeVersion.V4))
                .contains("Développeur / Développeuse informatique");
    }

    @Test
    void knowsTheCodesOnlyROme40HasAndSaysTheOtherVersionHasThem() {
        for (String code : new String[] {"M1855", "M1866", "M1883"}) {
            assertThat(CODES.isKnownRome(code, RomeVersion.V3)).as(code).isFalse();
            assertThat(CODES.isKnownRome(code, RomeVersion.V4)).as(code).isTrue();
            assertThat(CODES.isKnownInOtherVersion(code, RomeVersion.V3)).as(code).isTrue();
        }
        assertThat(CODES.romeLabel(new RomeCode("M1855"), RomeVersion.V3)).isEmpty();
        assertThat(CODES.isKnownInOtherVersion("M1802", RomeVersion.V4)).isTrue();
        assertThat(CODES.isKnownRome("M1899", RomeVersion.V4)).isFalse();
        assertThat(CODES.isKnownInOtherVersion("M1899", RomeVersion.V3)).isFalse();
    }

    @Test
    void givesEach40CodeItsV3Parent() {
        assertThat(CODES.v3Parent(new RomeCode("M1855"))).contains(new RomeCode("M1805"));
        // Parents changed from v60 to v61: the v61 ones are bundled.
        assertThat(CODES.v3Parent(new RomeCode("M1822"))).contains(new RomeCode("M1805"));
        assertThat(CODES.v3Parent(new RomeCode("M1854"))).contains(new RomeCode("M1802"));
        // A parent in another domain.
        assertThat(CODES.v3Parent(new RomeCode("N4406"))).contains(new RomeCode("F1605"));
        assertThat(CODES.v3Parent(new RomeCode("M1802"))).contains(new RomeCode("M1802"));
        assertThat(CODES.v3Parent(new RomeCode("M1899"))).isEmpty();
    }

    @Test
    void bundlesEveryCodeOfBothVersionsAndTheirParentsAreV3Codes() {
        Set<String> parents = new HashSet<>();
        int v4 = 0;
        for (char letter = 'A'; letter <= 'N'; letter++) {
            for (int n = 1000; n <= 9999; n++) {
                String code = letter + String.valueOf(n);
                if (CODES.isKnownRome(code, RomeVersion.V4)) {
                    v4++;
                    RomeCode parent = CODES.v3Parent(new RomeCode(code)).orElseThrow();
                    assertThat(CODES.isKnownRome(parent.code(), RomeVersion.V3)).as(code).isTrue();
                    parents.add(parent.code());
                }
                if (CODES.isKnownRome(code, RomeVersion.V3)) {
                    assertThat(CODES.isKnownRome(code, RomeVersion.V4)).as("every v3 code is in 4.0: " + code)
                            .isTrue();
                }
            }
        }
        assertThat(v4).isEqualTo(1911);
        assertThat(parents).hasSize(532);
    }

    @Test
    void keepsOfficialLabelsAsWrittenQuotesIncluded() {
        assertThat(CODES.romeLabel(new RomeCode("K1815"), RomeVersion.V4))
                .contains("Chargé / Chargée de mission \"Villes et Territoires Durables\"");
        assertThat(CODES.fapLabel(new FapCode("M2Z90"))).hasValueSatisfying(label -> assertThat(label)
                .startsWith("Ingénieurs et cadres d'étude, recherche et développement en informatique"));
    }
}
