package fr.fichesmetiers.fiche;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import fr.fichesmetiers.support.Checksums;

/**
 * The content hash of a fiche, FAQ included: equal content gives an equal hash, so an import can tell
 * changed profiles from unchanged ones and a renderer can skip what it already wrote.
 *
 * <p>Two levels: a hash of the profile's own fields, and a hash per FAQ entry, combined. An import computes
 * each where it reads it (the profiles file and the FAQ file are read apart) and never has to bring the FAQ
 * texts back to combine them.
 */
public final class FicheHash {

    /** Characters hashed at a time: the texts are fed as UTF-16 through one small buffer. */
    private static final int CHARS = 4096;

    private FicheHash() {
    }

    public static String of(Fiche fiche) {
        return combine(fields(fiche), fiche.faq().stream().map(entry -> entry(entry.question(), entry.answer()))
                .toList());
    }

    /**
     * The hash of everything a profile says but its FAQ. The fields of release 0.1 come first, as that release
     * hashed them (an unknown fact as an absent value); each later field follows, named, only when the profile has
     * it. A profile without them keeps the hash it always had, so an upgrade does not see every profile changed
     * and render every brochure again.
     */
    public static String fields(Fiche fiche) {
        Feed feed = new Feed();
        feed.add(fiche.id());
        feed.add(fiche.title());
        feed.add(fiche.guide());
        feed.add(fiche.rome().code());
        feed.add(fiche.fap().map(FapCode::code).orElse(null));
        feed.add(fiche.educationLevel().map(Enum::name).orElse(null));
        feed.add(fiche.recommendedBac().orElse(null));
        feed.add(fiche.employability().map(Enum::name).orElse(null));
        feed.add(fiche.mobility().map(Enum::name).orElse(null));
        feed.add(fiche.salary().starting().map(BigDecimal::toPlainString).orElse(null));
        feed.add(fiche.salary().experienced().map(BigDecimal::toPlainString).orElse(null));
        for (Section section : Section.values()) {
            feed.add(fiche.section(section));
        }
        feed.add(String.join("|", fiche.qualities()));
        if (fiche.romeVersion() != RomeVersion.V3) {
            feed.named("rome_version", fiche.romeVersion().label());
        }
        FicheDetails details = fiche.details();
        details.feminineTitle().ifPresent(title -> feed.named("feminine_title", title));
        if (!details.formations().isEmpty()) {
            feed.named("formations", ListColumns.lines(details.formations()));
        }
        if (!details.relatedProfessions().isEmpty()) {
            feed.named("related_professions", ListColumns.lines(details.relatedProfessions()));
        }
        if (!details.links().isEmpty()) {
            feed.named("links", ListColumns.links(details.links()));
        }
        details.source().ifPresent(source -> feed.named("source", source));
        details.factsDate().ifPresent(date -> feed.named("facts_date", date.toString()));
        return feed.hex();
    }

    /** The hash of one question and its answer. */
    public static String entry(String question, String answer) {
        Feed feed = new Feed();
        feed.add(question);
        feed.add(answer);
        return feed.hex();
    }

    /** The content hash of a profile from the hash of its fields and those of its FAQ entries, in order. */
    public static String combine(String fieldsHash, List<String> entryHashes) {
        Feed feed = new Feed();
        feed.add(fieldsHash);
        entryHashes.forEach(feed::add);
        return feed.hex();
    }

    /** Texts into a digest, each preceded by its length so that {@code ab|c} and {@code a|bc} differ. */
    private static final class Feed {

        private final MessageDigest digest = Checksums.digest();
        private final byte[] length = new byte[4];
        /** Grown to the longest text fed, up to {@value #CHARS} characters: a FAQ entry needs a few hundred bytes. */
        private byte[] bytes = new byte[0];

        void add(String value) {
            int size = value == null ? -1 : value.length();
            length[0] = (byte) (size >> 24);
            length[1] = (byte) (size >> 16);
            length[2] = (byte) (size >> 8);
            length[3] = (byte) size;
            digest.update(length);
            // UTF-16 code units as they are: encoding long French texts to UTF-8 first cost more than the digest.
            for (int from = 0; from < size; from += CHARS) {
                int count = Math.min(CHARS, size - from);
                if (bytes.length < 2 * count) {
                    bytes = new byte[2 * count];
                }
                for (int i = 0; i < count; i++) {
                    char c = value.charAt(from + i);
                    bytes[2 * i] = (byte) (c >> 8);
                    bytes[2 * i + 1] = (byte) c;
                }
                digest.update(bytes, 0, 2 * count);
            }
        }

        /** A field added after release 0.1, under its name: two different later fields never hash alike. */
        void named(String name, String value) {
            add(name);
            add(value);
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
