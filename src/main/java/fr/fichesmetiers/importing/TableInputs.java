package fr.fichesmetiers.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.importing.onisep.OnisepIdStore;
import fr.fichesmetiers.importing.onisep.OnisepSettings;
import fr.fichesmetiers.importing.onisep.OnisepTableInput;
import fr.fichesmetiers.importing.xlsx.XlsxTableInput;
import fr.fichesmetiers.support.Messages;

/**
 * How each input format is opened as a table, from what the inspect step noted in the job's context: the one place
 * the readers of the formats meet the import.
 */
final class TableInputs {

    /**
     * What ONISEP's file never gives (employability, mobility, the experienced salary; the FAP is derived) or gives
     * only sometimes (a level, a starting salary): these required columns may be blank in its rows.
     */
    private static final Set<FicheColumn> ONISEP_GAPS = EnumSet.of(FicheColumn.FAP, FicheColumn.EDUCATION_LEVEL,
            FicheColumn.EMPLOYABILITY, FicheColumn.MOBILITY, FicheColumn.STARTING_SALARY,
            FicheColumn.EXPERIENCED_SALARY);

    /** An update's file needs only the id: every other required column may be left out. */
    static final Set<FicheColumn> UPDATE_GAPS = EnumSet.complementOf(EnumSet.of(FicheColumn.ID));

    private final OnisepSettings onisep;
    private final OnisepIdStore onisepIds;

    TableInputs(OnisepSettings onisep, OnisepIdStore onisepIds) {
        this.onisep = onisep;
        this.onisepIds = onisepIds;
    }

    /**
     * Opens the file the context names under a prefix ({@code fiches}, {@code faq}) in the format found for it.
     *
     * @param smic the SMIC in force on the import day (ONISEP leaves a lower starting salary out), or {@code null}
     *        to read the header only
     */
    TableOpener opener(ExecutionContext job, String prefix, SmicTable.Entry smic, Messages messages) {
        ImportFormat format = job.containsKey(prefix + ".kind")
                ? ImportFormat.valueOf(job.getString(prefix + ".kind")) : ImportFormat.CSV;
        String sheet = job.containsKey(prefix + ".sheet") ? job.getString(prefix + ".sheet") : null;
        return switch (format) {
            case XLSX -> file -> XlsxTableInput.open(file, sheet, messages);
            case ONISEP -> file -> OnisepTableInput.open(file, onisep, onisepIds.load(), smic, messages);
            default -> {
                var csv = ImportInspectTasklet.formatOf(job, prefix);
                yield file -> CsvTableInput.open(file, csv, messages);
            }
        };
    }

    /** Gives ONISEP's new records their ids (see {@link OnisepTableInput#assignIds}). */
    void assignOnisepIds(Path file, Messages messages, LocalDateTime now) throws IOException {
        OnisepTableInput.assignIds(file, onisepIds, messages, now == null ? LocalDateTime.now() : now);
    }

    /** The required columns a format may leave blank. */
    @SuppressWarnings("unchecked")
    static <C extends Enum<C> & CsvColumn> Set<C> gaps(ImportFormat format, Class<C> columns) {
        Object gaps = format == ImportFormat.ONISEP && FicheColumn.class.equals(columns) ? ONISEP_GAPS : Set.of();
        return (Set<C>) gaps;
    }

    /** The required columns an update's file may leave out: all but the id. */
    @SuppressWarnings("unchecked")
    static <C extends Enum<C> & CsvColumn> Set<C> updateGaps(Class<C> columns) {
        Object gaps = FicheColumn.class.equals(columns) ? UPDATE_GAPS : Set.of();
        return (Set<C>) gaps;
    }

    static ImportFormat formatIn(ExecutionContext job, String prefix) {
        return job.containsKey(prefix + ".kind") ? ImportFormat.valueOf(job.getString(prefix + ".kind"))
                : ImportFormat.CSV;
    }
}
