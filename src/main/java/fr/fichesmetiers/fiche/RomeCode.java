package fr.fichesmetiers.fiche;

import java.util.regex.Pattern;

/** A ROME code, v3 or 4.0 alike: one letter A–N and four digits, such as {@code M1802}. Its version is kept apart. */
public record RomeCode(String code) {

    private static final Pattern FORMAT = Pattern.compile("[A-N][0-9]{4}");

    public RomeCode {
        if (code == null || !isWellFormed(code)) {
            throw new IllegalArgumentException("Not a ROME code: " + code);
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
