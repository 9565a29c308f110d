package fr.fichesmetiers.comparison;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;

import fr.fichesmetiers.fiche.CatalogVersion;
import fr.fichesmetiers.support.LongDates;
import fr.fichesmetiers.support.Messages;

/** Where the workbook's salary figures come from and how recent they are, gathered from the profiles that say. */
final class SalarySources {

    /** Beyond this many different sources the sentence names them and says how many more there are. */
    static final int MAX_NAMED = 5;

    private final Set<String> sources = new LinkedHashSet<>();
    private int others;
    private int profiles;
    private int sourced;
    private LocalDate oldest;
    private LocalDate newest;

    void add(ComparisonRow row) {
        profiles++;
        row.source().ifPresent(source -> {
            sourced++;
            if (!sources.contains(source)) {
                if (sources.size() < MAX_NAMED) {
                    sources.add(source);
                }
                else {
                    others++;
                }
            }
        });
        row.factsDate().ifPresent(day -> {
            oldest = oldest == null || day.isBefore(oldest) ? day : oldest;
            newest = newest == null || day.isAfter(newest) ? day : newest;
        });
    }

    /** One sentence: the sources (or the imported file when no profile names one) and the dates of the figures. */
    String describe(CatalogVersion version, Messages messages) {
        String file = AboutSheet.fileName(version.sourceFile());
        String imported = DateTimeFormatter.ofPattern(messages.get("format.dateTime"), messages.locale())
                .format(version.publishedAt());
        String origin = sources.isEmpty() ? messages.get("workbook.salaries.none", file, imported)
                : messages.get("workbook.salaries.sources", String.join(messages.get("workbook.codes.listSeparator"),
                        sources) + (others > 0 ? messages.get("workbook.salaries.others", String.valueOf(others)) : ""),
                        String.valueOf(sourced), String.valueOf(profiles), file, imported);
        String dates;
        if (oldest == null) {
            dates = messages.get("workbook.salaries.undated");
        }
        else if (oldest.equals(newest)) {
            dates = messages.get("workbook.salaries.dated", LongDates.format(oldest, messages.locale()));
        }
        else {
            dates = messages.get("workbook.salaries.datedBetween", LongDates.format(oldest, messages.locale()),
                    LongDates.format(newest, messages.locale()));
        }
        return origin + " " + dates;
    }
}
