package fr.fichesmetiers.fiche;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import fr.fichesmetiers.fiche.FapDerivation.Method;

class RomeFapCrosswalkTests {

    private static final RomeFapCrosswalk CROSSWALK = RomeFapCrosswalk.bundled(ReferenceCodes.bundled());

    private static List<FapCode> faps(String... codes) {
        return Arrays.stream(codes).map(FapCode::new).toList();
    }

    @Test
    void derivesTheOneFamilyTheCrosswalkGives() {
        FapDerivation m1802 = CROSSWALK.derive(new RomeCode("M1802"), RomeVersion.V3, Optional.empty());
        assertThat(m1802.method()).isEqualTo(Method.DIRECT);
        assertThat(m1802.fap()).contains(new FapCode("M2Z90"));
        assertThat(m1802.candidates()).isEqualTo(faps("M2Z90"));
        assertThat(m1802.v3Code()).contains(new RomeCode("M1802"));
    }

    @Test
    void choosesByLevelOnlyWhenEveryQualificationOfTheLevelGivesTheSameFamily() {
        RomeCode m1805 = new RomeCode("M1805");
        assertThat(CROSSWALK.candidates(m1805, RomeVersion.V3)).isEqualTo(faps("M0Z60", "M1Z80", "M2Z90"));
        assertThat(CROSSWALK.derive(m1805, RomeVersion.V3, Optional.of(EducationLevel.BAC_5)).fap())
                .contains(new FapCode("M2Z90"));
        assertThat(CROSSWALK.derive(m1805, RomeVersion.V3, Optional.of(EducationLevel.BAC_8)).fap())
                .contains(new FapCode("M2Z90"));
        FapDerivation technician = CROSSWALK.derive(m1805, RomeVersion.V3, Optional.of(EducationLevel.BAC_2));
        assertThat(technician.method()).isEqualTo(Method.BY_LEVEL);
        assertThat(technician.fap()).contains(new FapCode("M1Z80"));
        assertThat(CROSSWALK.derive(m1805, RomeVersion.V3, Optional.of(EducationLevel.CAP_BEP)).fap())
                .contains(new FapCode("M0Z60"));
        FapDerivation noLevel = CROSSWALK.derive(m1805, RomeVersion.V3, Optional.empty());
        assertThat(noLevel.method()).isEqualTo(Method.AMBIGUOUS);
        assertThat(noLevel.fap()).isEmpty();
        assertThat(noLevel.candidates()).hasSize(3);
    }

    @Test
    void leavesTheFamilyBlankWhenTheLevelFitsSeveral() {
            // N4201: a CAP leads to skilled workers' jobs (3, 4: J4Z80) and skilled employees' (6: J5Z80).
        FapDerivation cap = CROSSWALK.derive(new RomeCode("N4201"), RomeVersion.V3, Optional.of(EducationLevel.CAP_BEP));
        assertThat(cap.method()).isEqualTo(Method.AMBIGUOUS);
        assertThat(cap.fap()).isEmpty();
        assertThat(cap.candidates()).contains(new FapCode("J4Z80"), new FapCode("J5Z80"));
        assertThat(CROSSWALK.derive(new RomeCode("N4201"), RomeVersion.V3, Optional.of(EducationLevel.BAC_5)).fap())
                .isPresent();
    }

    @Test
    void aCodeOnlyRome40HasGoesThroughItsV3Parent() {
        // M1855 "Développeur / Développeuse web" is new in 4.0; its parent is M1805.
        FapDerivation m1855 = CROSSWALK.derive(new RomeCode("M1855"), RomeVersion.V4, Optional.of(EducationLevel.BAC_5));
        assertThat(m1855.v3Code()).contains(new RomeCode("M1805"));
        assertThat(m1855.method()).isEqualTo(Method.BY_LEVEL);
        assertThat(m1855.fap()).contains(new FapCode("M2Z90"));
        assertThat(CROSSWALK.candidates(new RomeCode("M1855"), RomeVersion.V4))
                .isEqualTo(faps("M0Z60", "M1Z80", "M2Z90"));
        // Not a v3 code: read as v3 it is unknown to the crosswalk.
        assertThat(CROSSWALK.derive(new RomeCode("M1855"), RomeVersion.V3, Optional.empty()).method())
                .isEqualTo(Method.NONE);
        // A 4.0 code whose v61 parent moved (M1822: M1802 in v60, M1805 in v61).
        assertThat(CROSSWALK.candidates(new RomeCode("M1822"), RomeVersion.V4)).hasSize(3);
    }

    @Test
    void anUnknownCodeHasNoCandidateAndNoFamily() {
        FapDerivation none = CROSSWALK.derive(new RomeCode("M1899"), RomeVersion.V4, Optional.of(EducationLevel.BAC));
        assertThat(none.method()).isEqualTo(Method.NONE);
        assertThat(none.candidates()).isEmpty();
        assertThat(none.v3Code()).isEmpty();
        assertThat(none.accepts(new FapCode("A0Z"))).isTrue();
    }

    @Test
    void acceptsAFamilyAmongTheCandidatesComparedOnThreeCharactersForAThreeCharacterOne() {
        FapDerivation m1805 = CROSSWALK.derive(new RomeCode("M1805"), RomeVersion.V3, Optional.empty());
        assertThat(m1805.accepts(new FapCode("M2Z90"))).isTrue();
        assertThat(m1805.accepts(new FapCode("M2Z"))).isTrue();
        assertThat(m1805.accepts(new FapCode("M1Z"))).isTrue();
        assertThat(m1805.accepts(new FapCode("M2Z91"))).isFalse();
        assertThat(m1805.accepts(new FapCode("V0Z"))).isFalse();
        FapDerivation m1802 = CROSSWALK.derive(new RomeCode("M1802"), RomeVersion.V3, Optional.empty());
        assertThat(m1802.accepts(new FapCode("M2Z"))).isTrue();
        assertThat(m1802.accepts(new FapCode("M1Z80"))).isFalse();
    }

    @Test
    void givesEveryV3CodeTheCandidatesOfTheDaresSummary() {
        List<CSVRecord> summary = ReferenceFiles.rows("rome-v3-fap-2009-possibles.csv");
        assertThat(summary).hasSize(532);
        for (CSVRecord row : summary) {
            RomeCode code = new RomeCode(row.get("code_rome"));
            FapDerivation derivation = CROSSWALK.derive(code, RomeVersion.V3, Optional.empty());
            assertThat(derivation.candidates()).as(code.code())
                    .isEqualTo(faps(row.get("codes_fap").split("\\|")));
            assertThat(derivation.method()).as(code.code())
                    .isEqualTo(row.get("source").equals("direct") ? Method.DIRECT : Method.AMBIGUOUS);
        }
    }

    @Test
    void mapsEveryLevelToTheQualificationsItLeadsTo() {
        assertThat(RomeFapCrosswalk.qualifications(EducationLevel.BAC_5)).containsOnly(9);
        assertThat(RomeFapCrosswalk.qualifications(EducationLevel.BAC_8)).containsOnly(9);
        assertThat(RomeFapCrosswalk.qualifications(EducationLevel.BAC_2)).containsOnly(7);
        assertThat(RomeFapCrosswalk.qualifications(EducationLevel.BAC_3)).containsOnly(7);
        assertThat(RomeFapCrosswalk.qualifications(EducationLevel.BAC)).containsOnly(4, 6);
        assertThat(RomeFapCrosswalk.qualifications(EducationLevel.CAP_BEP)).containsOnly(3, 4, 6);
        assertThat(RomeFapCrosswalk.qualifications(EducationLevel.SANS_DIPLOME)).containsOnly(1, 2, 5);
    }
}
