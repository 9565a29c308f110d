package fr.fichesmetiers.importing.onisep;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which edition of ONISEP's data a file is, from the date its name carries
 * ({@code Onisep_Ideo_Fiches_metiers_25062024.xml}: 25 June 2024), and the attribution the ODbL asks for.
 */
record OnisepEdition(Optional<LocalDate> date) {

    private static final Pattern DATE = Pattern.compile("(?<![0-9])([0-3][0-9][01][0-9]20[0-9]{2})(?![0-9])");

    static OnisepEdition ofFileName(String name) {
        Matcher matcher = DATE.matcher(name);
        while (matcher.find()) {
            try {
                return new OnisepEdition(
                        Optional.of(LocalDate.parse(matcher.group(1), DateTimeFormatter.ofPattern("ddMMuuuu"))));
            }
            catch (DateTimeParseException e) {
                // Eight digits that are no date: try the next ones.
            }
        }
        return new OnisepEdition(Optional.empty());
    }

    /** The {@code source} of every profile made from this edition. */
    String source() {
        String edition = date.map(d -> "édition du " + d.format(DateTimeFormatter.ofPattern("dd/MM/uuuu")))
                .orElse("édition non datée");
        return "ONISEP, Idéo-Fiches métiers, " + edition + ", licence ODbL (Open Database License)";
    }
}
