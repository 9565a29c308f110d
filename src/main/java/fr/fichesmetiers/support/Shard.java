package fr.fichesmetiers.support;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Shard {@code index} of {@code count} ({@code 0/4} … {@code 3/4}): the guides whose stable hash, the CRC-32 of
 * the guide's slug modulo {@code count}, is {@code index}. The hash depends only on the guide's name (never on a
 * JVM, a host or an order), so that N hosts each given one index share out every guide exactly once, night after
 * night, and each guide's booklet is made by the shard that renders its brochures.
 */
public record Shard(int index, int count) {

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,4})\\s*/\\s*(\\d{1,4})\\s*");

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException(index + "/" + count);
        }
    }

    /** {@code "I/N"}, as on the command line and in a job definition. */
    public static Shard parse(String text) {
        Matcher matcher = text == null ? null : FORM.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException(String.valueOf(text));
        }
        return new Shard(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** Whether this shard renders a guide. */
    public boolean owns(String guide) {
        return of(guide, count) == index;
    }

    /** The shard of a guide among {@code count}. */
    public static int of(String guide, int count) {
        CRC32 crc = new CRC32();
        crc.update(Slugs.of(guide).getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % count);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
