package fr.fichesmetiers.fiche;

import java.util.Arrays;
import java.util.Locale;
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

    static <E extends Enum<E>> Optional<E> find(Class<E> type, String text, Function<E, String[]> spellings) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = key(text);
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> Arrays.stream(spellings.apply(value)).map(Vocabulary::key).anyMatch(wanted::equals))
                .findFirst();
    }

    static String messageKey(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "." + value.name();
    }
}
