package fr.fichesmetiers.fiche;

import java.util.regex.Pattern;

/** A FAP-2009 code: a family ({@code M2Z}) or a detailed family ({@code M2Z90}). */
public record FapCode(String code) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][0-9][A-Z]([0-9]{2})?");

    public FapCode {
        if (code == null || !isWellFormed(code)) {
            throw new IllegalArgumentException("Not a FAP-2009 code: " + code);
        }
    }

    public static boolean isWellFormed(String code) {
        return FORMAT.matcher(code).matches();
    }

    @Override
    public String toString() {
        return code;
    }
}
