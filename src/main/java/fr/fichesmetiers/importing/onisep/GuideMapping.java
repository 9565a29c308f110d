package fr.fichesmetiers.importing.onisep;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.fichesmetiers.support.TextKeys;

/** Picks a profile's guide from its ONISEP sectors, as {@link OnisepSettings} says. */
final class GuideMapping {

    private final Map<String, String> guideBySector = new HashMap<>();
    private final Set<String> secondary = new HashSet<>();
    private final String defaultGuide;

    GuideMapping(OnisepSettings settings) {
        for (OnisepSettings.Guide guide : settings.guides()) {
            for (String sector : guide.sectors()) {
                guideBySector.putIfAbsent(TextKeys.matchKey(sector), guide.guide());
            }
        }
        settings.secondarySectors().forEach(sector -> secondary.add(TextKeys.matchKey(sector)));
        this.defaultGuide = settings.defaultGuide();
    }

    /** The guide of the first sector that is not secondary, else of the first one, else the default guide. */
    String guideOf(List<String> sectors) {
        String chosen = sectors.stream().filter(s -> !secondary.contains(TextKeys.matchKey(s))).findFirst()
                .orElse(sectors.isEmpty() ? null : sectors.get(0));
        if (chosen == null) {
            return defaultGuide;
        }
        return guideBySector.getOrDefault(TextKeys.matchKey(chosen), TextKeys.strip(chosen));
    }
}
