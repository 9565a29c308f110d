package fr.fichesmetiers.importing;

import java.time.LocalDate;

import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.fiche.RomeFapCrosswalk;
import fr.fichesmetiers.fiche.RomeVersion;
import fr.fichesmetiers.fiche.SmicTable;

/**
 * What the profile rules are checked against: the reference lists, the ROME → FAP crosswalk, the tunable bounds,
 * the ROME version of a row that does not give one, and the SMIC in force on the import day.
 *
 * @param importDay the day the import was asked for: its SMIC, and the latest a facts date may be
 */
record FicheRules(ReferenceCodes codes, RomeFapCrosswalk crosswalk, ImportSettings settings,
        RomeVersion defaultRomeVersion, SmicTable.Entry smic, LocalDate importDay) {
}
