package fr.fichesmetiers.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import fr.fichesmetiers.fiche.RomeVersion;

/**
 * How the import reads reference codes ({@code fiches.reference.*}).
 *
 * @param romeVersion the ROME version of a row whose {@code version_rome} is blank or absent: {@code v3} (the
 *        default: what every file of release 0.1, ONISEP and the DARES crosswalk use) or {@code 4.0}
 */
@ConfigurationProperties("fiches.reference")
record ReferenceSettings(@DefaultValue("v3") String romeVersion) {

    ReferenceSettings {
        if (RomeVersion.parse(romeVersion).isEmpty()) {
            throw new IllegalArgumentException("fiches.reference.rome-version : « " + romeVersion
                    + " » n'est pas une version du ROME (v3 ou 4.0) / not a ROME version (v3 or 4.0)");
        }
    }

    RomeVersion defaultVersion() {
        return RomeVersion.parse(romeVersion).orElseThrow();
    }
}
