package fr.fichesmetiers.fiche;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import fr.fichesmetiers.support.Checksums;

/**
 * The content hash of a fiche, FAQ included: equal content gives an equal hash, so an import can tell
 * changed profiles from unchanged ones and a renderer can skip what it already wrote.
 */
public final class FicheHash {

    private FicheHash() {
    }

    public static String of(Fiche fiche) {
        MessageDigest digest = Checksums.digest();
        add(digest, fiche.id());
        add(digest, fiche.title());
        add(digest, fiche.guide());
        add(digest, fiche.rome().code());
        add(digest, fiche.fap().code());
        add(digest, fiche.educationLevel().name());
        add(digest, fiche.recommendedBac());
        add(digest, fiche.employability().name());
        add(digest, fiche.mobility().name());
        add(digest, fiche.salary().starting().toPlainString());
        add(digest, fiche.salary().experienced().toPlainString());
        for (Section section : Section.values()) {
            add(digest, fiche.section(section));
        }
        add(digest, String.join("|", fiche.qualities()));
        for (FaqEntry entry : fiche.faq()) {
            add(digest, entry.question());
            add(digest, entry.answer());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void add(MessageDigest digest, String value) {
        if (value != null) {
            digest.update(value.getBytes(StandardCharsets.UTF_8));
        }
        digest.update((byte) 0);
    }
}
