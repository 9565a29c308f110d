package fr.fichesmetiers.importing.onisep;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import fr.fichesmetiers.support.Slugs;

/**
 * Our ids for ONISEP's records: the first time a record is seen it gets a readable id from its title
 * ({@code controleur-aerien}); from then on it keeps it, even when a later edition renames the job, so next year's
 * edition updates the profiles instead of adding new ones. When the title's id is taken (by another ONISEP record,
 * now or in an earlier edition) the number of ONISEP's id is added ({@code controleur-aerien-459}).
 */
final class OnisepIds {

    static final int MAX_LENGTH = 64;
    private static final Pattern RESERVED = Pattern.compile("con|prn|aux|nul|com[1-9]|lpt[1-9]");

    private final Map<String, String> known;
    private final Set<String> taken;
    private final Map<String, String> added = new LinkedHashMap<>();

    /** @param known ONISEP id → our id, as stored by earlier imports */
    OnisepIds(Map<String, String> known) {
        this.known = new HashMap<>(known);
        this.taken = new HashSet<>(known.values());
    }

    /** Our id for a record: the one it was given before, else a new one. */
    String idOf(String onisepId, String title) {
        String id = known.get(onisepId);
        if (id != null) {
            return id;
        }
        String slug = Slugs.suggest(title == null ? onisepId : title, MAX_LENGTH);
        String number = onisepId.replaceAll("[^0-9]", "");
        String suffix = "-" + (number.isEmpty() ? Slugs.of(onisepId) : number);
        if (taken.contains(slug) || RESERVED.matcher(slug).matches()) {
            slug = Slugs.suggest(slug, MAX_LENGTH - suffix.length()) + suffix;
        }
        for (int n = 2; taken.contains(slug); n++) {
            slug = Slugs.suggest(slug, MAX_LENGTH - 3) + "-" + n;
        }
        known.put(onisepId, slug);
        taken.add(slug);
        added.put(onisepId, slug);
        return slug;
    }

    /** The ids given by this instance, to store: ONISEP id → our id, in the order they were given. */
    Map<String, String> added() {
        return added;
    }

    /** Every id known, the ones given here included. */
    Map<String, String> all() {
        return Map.copyOf(known);
    }
}
