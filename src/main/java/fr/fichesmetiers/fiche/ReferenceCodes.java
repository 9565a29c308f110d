package fr.fichesmetiers.fiche;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The official ROME v3 and FAP-2009 lists, bundled under {@code reference/} (sources in its README), loaded
 * once and looked up by code in constant time.
 */
public final class ReferenceCodes {

    private final Map<String, String> romeLabels;
    private final Map<String, String> fapLabels;

    ReferenceCodes(Map<String, String> romeLabels, Map<String, String> fapLabels) {
        this.romeLabels = Map.copyOf(romeLabels);
        this.fapLabels = Map.copyOf(fapLabels);
    }

    /** Loads the bundled lists from the class path. */
    public static ReferenceCodes bundled() {
        return new ReferenceCodes(load("reference/rome-v3.csv"), load("reference/fap-2009.csv"));
    }

    public boolean isKnownRome(String code) {
        return romeLabels.containsKey(code);
    }

    public boolean isKnownFap(String code) {
        return fapLabels.containsKey(code);
    }

    /** The official label of a ROME code, such as "Expertise et support en systèmes d'information". */
    public Optional<String> romeLabel(RomeCode code) {
        return Optional.ofNullable(romeLabels.get(code.code()));
    }

    public Optional<String> fapLabel(FapCode code) {
        return Optional.ofNullable(fapLabels.get(code.code()));
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> labels = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = ReferenceCodes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled reference list " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            for (CSVRecord record : format.parse(reader)) {
                labels.put(record.get("code"), record.get("libelle"));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }
}
