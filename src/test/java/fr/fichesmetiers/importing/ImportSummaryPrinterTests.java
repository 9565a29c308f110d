package fr.fichesmetiers.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.fichesmetiers.fiche.ChangeCounts;
import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.support.Messages;

class ImportSummaryPrinterTests {

    private static String print(ImportResult result, String language) {
        StringWriter text = new StringWriter();
        new ImportSummaryPrinter(Messages.forLanguage(language), new PrintWriter(text, true)).print(result);
        return text.toString();
    }

    private static ImportResult published(Map<RuleCode, Integer> counts, List<Violation> rejects, int rejected) {
        Map<String, Integer> missing = new LinkedHashMap<>();
        missing.put("mobilite", 300);
        missing.put("employabilite", 300);
        missing.put("code_fap", 12);
        Map<String, Integer> versions = new LinkedHashMap<>();
        versions.put("v3", 290);
        versions.put("4.0", 10);
        return new ImportResult(true, false, true, 4L, "fiches.csv", "UTF-8", ";", null, null, 300, rejected,
                new ChangeCounts(300 - rejected, 0, 0, 0, 0), null, null, null, counts, rejects, rejects.size(), "r.csv",
                1000, missing, versions, new SmicTable.Entry(LocalDate.of(2026, 6, 1), new BigDecimal("1867.02")));
    }

    @Test
    void countsWarningsAndInformationsPerCodeAndGapsPerColumnApartFromRejects() {
        Map<RuleCode, Integer> counts = new EnumMap<>(RuleCode.class);
        counts.put(RuleCode.ROME_UNKNOWN, 1);
        counts.put(RuleCode.MISSING_VALUE, 612);
        counts.put(RuleCode.FAP_DERIVED, 299);
        Violation reject = new Violation("fiches.csv", 9, "code_rome", "M1855", RuleCode.ROME_UNKNOWN, "inconnu");
        String text = print(published(counts, List.of(reject), 1), "fr");
        assertThat(text).contains("Codes ROME lus en : ROME v3 (290 fiche(s)), ROME 4.0 (10 fiche(s))")
                .contains("Salaires comparés au SMIC en vigueur depuis le 1er juin 2026 : 1 867,02\u00A0€ brut mensuel")
                .contains("Lignes rejetées, par règle :")
                .containsPattern("ROME_UNKNOWN +1  code ROME inconnu")
                .contains("fiches.csv, ligne 9, code_rome : inconnu  [ROME_UNKNOWN]")
                .contains("Fiches publiées avec des avertissements ou des informations, par code :")
                .containsPattern("MISSING_VALUE +612  avertissement · valeur absente : mobilite 300, employabilite"
                        + " 300, code_fap 12")
                .containsPattern("FAP_DERIVED +299  information · code FAP déduit du code ROME");
        assertThat(text.indexOf("ROME_UNKNOWN")).isLessThan(text.indexOf("MISSING_VALUE"));
    }

    @Test
    void printsNoRejectHeadingWhenOnlyWarningsWereReported() {
        Map<RuleCode, Integer> counts = new EnumMap<>(RuleCode.class);
        counts.put(RuleCode.MISSING_VALUE, 3);
        String text = print(published(counts, List.of(), 0), "en");
        assertThat(text).doesNotContain("Rejected rows, by rule").contains("Published profiles with warnings")
                .containsPattern("MISSING_VALUE +3  warning · no value: mobilite 300").doesNotContain("null");
    }
}
