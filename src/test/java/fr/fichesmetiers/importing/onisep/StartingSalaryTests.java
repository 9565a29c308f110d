package fr.fichesmetiers.importing.onisep;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class StartingSalaryTests {

    private static BigDecimal amount(String paragraph) {
        return StartingSalary.in(paragraph).orElse(null);
    }

    @Test
    void takesAMonthlyGrossAmount() {
        assertThat(amount("2830 euros brut par mois")).isEqualByComparingTo("2830");
        assertThat(amount("Près de4633 euros brut par mois pour un praticien.")).isEqualByComparingTo("4633");
        assertThat(amount("3294,97 euros brut par mois pour un directeur de recherche.")).isEqualByComparingTo(
                "3294.97");
        assertThat(amount("De 2500 euros à 2900 euros bruts mensuels dans le privé")).isEqualByComparingTo("2500");
        assertThat(amount("Une rémunération brute mensuelle de 1486 euros en 1re année.")).isEqualByComparingTo("1486");
        assertThat(amount("Environ 2 080 € brut par mois.")).isEqualByComparingTo("2080");
    }

    @Test
    void takesTheLowerBoundOfARange() {
        assertThat(amount("De 2080 à 2910 euros brut par mois.")).isEqualByComparingTo("2080");
    }

    @Test
    void takesNothingThatIsNotAMonthlyGrossAmount() {
        assertThat(amount("À partir du Smic et jusqu'à 2231 euros brut par mois.")).isNull();
        assertThat(amount("Variable en fonction du lieu d'exercice et du type d'entreprise.")).isNull();
        assertThat(amount("1800 euros net par mois.")).isNull();
        assertThat(amount("30 000 euros brut par an.")).isNull();
        assertThat(amount("Environ 2000 euros.")).isNull();
    }

    @Test
    void findsTheParagraphUnderItsHeading() {
        String html = "<h3>Salaire</h3><h5>Salaire du débutant</h5><p>2160 euros brut par mois.</p><h5>Autre</h5>";
        assertThat(StartingSalary.paragraph(html)).contains("2160 euros brut par mois.");
        assertThat(StartingSalary.paragraph("<p>rien</p>")).isEmpty();
    }
}
