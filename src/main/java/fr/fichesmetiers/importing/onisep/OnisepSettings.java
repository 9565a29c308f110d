package fr.fichesmetiers.importing.onisep;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How ONISEP's sectors become the office's guides ({@code fiches.import.onisep.*} in application.yml).
 *
 * @param guides each guide with the ONISEP sectors ({@code secteurs_activite}) it gathers, matched ignoring case
 *        and accents; a sector in no guide is a guide of its own, under its own name
 * @param secondarySectors sectors that give the guide only when a profile has no other ({@code Fonction publique}:
 *        a public-sector nurse belongs with health)
 * @param defaultGuide the guide of a profile without any sector
 */
@ConfigurationProperties("fiches.import.onisep")
public record OnisepSettings(List<Guide> guides, List<String> secondarySectors,
        @DefaultValue("Autres métiers") String defaultGuide) {

    /** One guide and its sectors. */
    public record Guide(String guide, List<String> sectors) {

        public Guide {
            sectors = sectors == null ? List.of() : List.copyOf(sectors);
        }
    }

    public OnisepSettings {
        guides = guides == null ? List.of() : List.copyOf(guides);
        secondarySectors = secondarySectors == null ? List.of() : List.copyOf(secondarySectors);
    }
}
