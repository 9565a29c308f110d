package fr.fichesmetiers.fiche;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import fr.fichesmetiers.support.TextKeys;

/** Lenient look-up of the closed vocabularies, ignoring case, accents and spaces. */
final class Vocabulary {

    private Vocabulary() {
    }

    static String key(String text) {
        return TextKeys.matchKey(text).replace("_", "");
    }

    /** Every accepted spelling of a vocabulary, by its look-up key: built once per vocabulary. */
    static <E extends Enum<E>> Map<String, E> index(E[] values, Function<E, String[]> spellings) {
        Map<String, E> index = new HashMap<>();
        for (E value : values) {
            for (String spelling : spellings.apply(value)) {
                index.putIfAbsent(key(spelling), value);
            }
        }
        return Map.copyOf(index);
    }

    static <E extends Enum<E>> Optional<E> find(Map<String, E> index, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(index.get(key(text)));
    }

    static String messageKey(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "." + value.name();
    }
}
