package fr.fichesmetiers.importing;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tunable rules of the import ({@code fiches.import.*} in application.yml).
 *
 * <p>The SMIC, below which a starting salary is refused, is the dated table {@code fiches.import.smic}
 * ({@link fr.fichesmetiers.fiche.SmicTable}).
 *
 * @param maximumSalary monthly gross above which a salary is refused as implausible
 * @param maxRejects default rejected-row guard, a count ({@code 25}) or a share of the rows read ({@code 10%})
 * @param maxRetiredPercent share of published profiles an import may retire without {@code --force}
 * @param chunkSize profile rows per transaction (FAQ rows: twenty times as many)
 * @param maxTextLength longest text section accepted, in characters
 * @param reportDirectory where reject reports are written
 * @param threads threads validating and hashing rows while the reader parses the next ones
 */
@ConfigurationProperties("fiches.import")
public record ImportSettings(@DefaultValue("20000") BigDecimal maximumSalary, @DefaultValue("10%") String maxRejects,
        @DefaultValue("20") int maxRetiredPercent, @DefaultValue("50") int chunkSize,
        @DefaultValue("50000") int maxTextLength, @DefaultValue("output/reports") String reportDirectory,
        @DefaultValue("2") int threads) {

    /** Length limits of the short fields, from the contract. */
    static final int MAX_ID = 64;
    static final int MAX_TITLE = 120;
    static final int MAX_GUIDE = 120;
    static final int MAX_BAC = 60;
    static final int MAX_QUALITY = 80;
    static final int MAX_QUALITIES = 40;
    static final int MAX_QUESTION = 2000;
    /**
     * Issue 12: a course's name (ONISEP's official diploma titles reach 230 characters), a related profession (an id,
     * or a title as long as ONISEP's), the items of a list column, the source.
     */
    static final int MAX_COURSE = 300;
    static final int MAX_RELATED = 200;
    static final int MAX_ITEMS = 100;
    static final int MAX_SOURCE = 300;
    /** A link's label may describe the site in a sentence, as ONISEP's do (a twelfth of them over 120 characters). */
    static final int MAX_LINK_LABEL = 300;
}
