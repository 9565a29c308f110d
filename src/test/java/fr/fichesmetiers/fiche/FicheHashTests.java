package fr.fichesmetiers.fiche;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FicheHashTests {

    @Test
    void givesEqualContentAnEqualHashAndAnyChangeAnother() {
        Fiche fiche = SampleFiches.complete();
        assertThat(FicheHash.of(fiche)).isEqualTo(FicheHash.of(SampleFiches.complete())).hasSize(64);
        assertThat(FicheHash.of(fiche.withFaq(List.of()))).isNotEqualTo(FicheHash.of(fiche));
        List<FaqEntry> reordered = List.of(fiche.faq().get(1), fiche.faq().get(0));
        assertThat(FicheHash.of(fiche.withFaq(reordered))).isNotEqualTo(FicheHash.of(fiche));
    }

    @Test
    void keepsTheBoundariesBetweenTexts() {
        assertThat(FicheHash.entry("ab", "c")).isNotEqualTo(FicheHash.entry("a", "bc"));
        assertThat(FicheHash.entry("", "x")).isNotEqualTo(FicheHash.entry(null, "x"));
    }

    @Test
    void combinesTheFieldsAndTheFaqEntriesAsAnImportDoes() {
        Fiche fiche = SampleFiches.complete();
        List<String> entries = fiche.faq().stream().map(e -> FicheHash.entry(e.question(), e.answer())).toList();
        assertThat(FicheHash.combine(FicheHash.fields(fiche), entries)).isEqualTo(FicheHash.of(fiche));
        assertThat(FicheHash.fields(fiche.withFaq(List.of()))).isEqualTo(FicheHash.fields(fiche));
    }

    /**
     * The hashes of release 0.1.0's profiles (ROME v3, every fact given, none of the later content): pinned, so that
     * a new field never changes them and an upgraded catalog does not see every profile as modified.
     */
    @Test
    void keepsTheHashOfAProfileWithoutTheLaterFields() {
        assertThat(FicheHash.fields(SampleFiches.complete()))
                .isEqualTo("c89c87f3db1afb9c84a574e23b92eb41d1894480e8f413582e0519c451f020a8");
        assertThat(FicheHash.of(SampleFiches.complete()))
                .isEqualTo("13ccf656520877004a1a70f6a83a5b8d556c2adb40d7cf5c10e9b4941c4d9926");
        assertThat(FicheHash.of(SampleFiches.minimal()))
                .isEqualTo("4399fe3098b937499e7867bd36326a5cc3324677859d9c3dfd11eb75aeb29603");
        assertThat(FicheHash.of(SampleFiches.frenchCharacters()))
                .isEqualTo("2e0774bdd92e499af2f8cb2f9f1c8f83ac92decfc3ddb1d758e11cd3f8b0cc1c");
    }

    @Test
    void aLaterFieldChangesTheHashOnlyWhenGivenAndEachInItsOwnWay() {
        Fiche v3 = SampleFiches.complete();
        Fiche v4 = new Fiche(v3.id(), v3.title(), v3.guide(), v3.rome(), RomeVersion.V4, v3.fap(), v3.educationLevel(),
                v3.recommendedBac(), v3.employability(), v3.mobility(), v3.salary(), v3.sections(), v3.qualities(),
                v3.faq(), v3.details());
        assertThat(FicheHash.of(v4)).isNotEqualTo(FicheHash.of(v3));
        assertThat(FicheHash.of(v3.withDetails(FicheDetails.NONE))).isEqualTo(FicheHash.of(v3));
        FicheDetails formation = new FicheDetails(Optional.empty(), List.of("BUT informatique"), List.of(), List.of(),
                Optional.empty(), Optional.empty());
        FicheDetails related = new FicheDetails(Optional.empty(), List.of(), List.of("BUT informatique"), List.of(),
                Optional.empty(), Optional.empty());
        FicheDetails dated = new FicheDetails(Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(),
                Optional.of(LocalDate.of(2024, 6, 25)));
        Set<String> hashes = new HashSet<>();
        for (FicheDetails details : List.of(FicheDetails.NONE, formation, related, dated)) {
            hashes.add(FicheHash.of(v3.withDetails(details)));
        }
        assertThat(hashes).hasSize(4);
    }

    @Test
    void anUnknownFactHashesApartFromAnyValue() {
        Fiche gaps = SampleFiches.withGaps();
        Fiche noStarting = new Fiche(gaps.id(), gaps.title(), gaps.guide(), gaps.rome(), gaps.romeVersion(),
                gaps.fap(), gaps.educationLevel(), gaps.recommendedBac(), gaps.employability(), gaps.mobility(),
                SalaryRange.UNKNOWN, gaps.sections(), gaps.qualities(), gaps.faq(), gaps.details());
        Fiche zero = new Fiche(gaps.id(), gaps.title(), gaps.guide(), gaps.rome(), gaps.romeVersion(), gaps.fap(),
                gaps.educationLevel(), gaps.recommendedBac(), gaps.employability(), gaps.mobility(),
                SalaryRange.of(BigDecimal.ZERO, null), gaps.sections(), gaps.qualities(), gaps.faq(), gaps.details());
        assertThat(Set.of(FicheHash.of(gaps), FicheHash.of(noStarting), FicheHash.of(zero))).hasSize(3);
    }
}
