package fr.fichesmetiers.fiche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FicheTests {

    @Test
    void anUnknownSalaryIsAbsentNeverZeroAndHasNoProgression() {
        SalaryRange onlyStarting = SalaryRange.of(new BigDecimal("1900"), null);
        assertThat(onlyStarting.starting()).contains(new BigDecimal("1900.00"));
        assertThat(onlyStarting.experienced()).isEmpty();
        assertThat(onlyStarting.isComplete()).isFalse();
        assertThat(onlyStarting.progression()).isEmpty();
        assertThat(SalaryRange.of(null, new BigDecimal("3000")).progression()).isEmpty();
        assertThat(SalaryRange.UNKNOWN.starting()).isEmpty();
        SalaryRange both = SalaryRange.of(new BigDecimal("2000"), new BigDecimal("4000"));
        assertThat(both.isComplete()).isTrue();
        assertThat(both.progression()).hasValue(1.0);
        assertThat(new SalaryRange(null, null)).isEqualTo(SalaryRange.UNKNOWN);
    }

    @Test
    void requiresOnlyIdentityAndSummary() {
        Fiche gaps = SampleFiches.withGaps();
        assertThat(gaps.fap()).isEmpty();
        assertThat(gaps.employability()).isEmpty();
        assertThat(gaps.mobility()).isEmpty();
        assertThat(gaps.recommendedBac()).isEmpty();
        assertThatThrownBy(() -> new Fiche("x", "X", "G", new RomeCode("M1802"), RomeVersion.V3, null, null, null,
                null, null, null, Map.of(Section.ROLE, "Un rôle sans résumé."), List.of(), List.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("summary");
        assertThatThrownBy(() -> new Fiche("x", "X", "G", new RomeCode("M1802"), null, null, null, null, null, null,
                null, Map.of(Section.SUMMARY, "Résumé."), List.of(), List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        Fiche bare = new Fiche("x", "X", "G", new RomeCode("M1802"), RomeVersion.V3, null, null, Optional.of("  "),
                null, null, null, Map.of(Section.SUMMARY, "Résumé."), List.of(), List.of(), null);
        assertThat(bare.recommendedBac()).isEmpty();
        assertThat(bare.salary()).isEqualTo(SalaryRange.UNKNOWN);
        assertThat(bare.details()).isEqualTo(FicheDetails.NONE);
        assertThat(bare.details().isEmpty()).isTrue();
    }

    @Test
    void keepsEachListItemOnOneLineAndLeavesBlankOnesOut() {
        FicheDetails details = new FicheDetails(Optional.of("  aide-soignante "),
                Arrays.asList("CAP\nAccompagnant", " ", null, "bac pro ASSP "), List.of("infirmier"), List.of(),
                Optional.of(""), Optional.empty());
        assertThat(details.feminineTitle()).contains("aide-soignante");
        assertThat(details.formations()).containsExactly("CAP Accompagnant", "bac pro ASSP");
        assertThat(details.source()).isEmpty();
        assertThat(details.isEmpty()).isFalse();
    }

    @Test
    void aLinkIsAnHttpOrHttpsAddressWithAHost() {
        Link link = new Link("Fédération", " https://www.example.org/metiers?id=12&x=y ");
        assertThat(link.url()).isEqualTo("https://www.example.org/metiers?id=12&x=y");
        assertThat(link.label()).isEqualTo("Fédération");
        assertThat(new Link(" ", "http://example.org").label()).isEqualTo("http://example.org");
        assertThat(new Link("Deux\nlignes", "HTTP://EXAMPLE.ORG").label()).isEqualTo("Deux lignes");
        for (String wrong : new String[] {"javascript:alert(1)", "file:///etc/passwd", "ftp://example.org",
                "www.example.org", "/relative/path", "https://", "http://exa mple.org", "", "mailto:a@b.fr"}) {
            assertThat(Link.isWebAddress(wrong)).as(wrong).isFalse();
            assertThatThrownBy(() -> new Link("x", wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Link.isWebAddress(null)).isFalse();
    }

    @Test
    void listsAndLinksSurviveTheirTextColumns() {
        List<Link> links = List.of(new Link("Site = officiel", "https://example.org/a?b=c"),
                new Link(null, "http://example.org"));
        assertThat(ListColumns.linkItems(ListColumns.links(links))).isEqualTo(links);
        assertThat(ListColumns.items(ListColumns.lines(List.of("un | deux", "trois")))).containsExactly("un | deux",
                "trois");
        assertThat(ListColumns.lines(List.of())).isNull();
        assertThat(ListColumns.items(null)).isEmpty();
    }
}
