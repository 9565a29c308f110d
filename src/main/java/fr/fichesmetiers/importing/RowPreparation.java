package fr.fichesmetiers.importing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.FicheOverlayStore;
import fr.fichesmetiers.support.Messages;

/**
 * What happens to a row before the contract's rules check it: nothing in a plain import; for {@code import
 * --update}, its cells laid over the published profile it names (an unknown id is a reject); with {@code
 * --keep-updates}, the kept updates of its profile laid over it.
 */
class RowPreparation {

    /** The row to validate, or the problem that rejects it first. */
    record Prepared(CsvRow row, Fiche published, RowProblem problem) {
    }

    enum Mode {
        PLAIN, UPDATE, KEEP_UPDATES
    }

    /** The facts a published profile (or a source) may lack: the gaps an update or a merged row may keep. */
    static final Set<FicheColumn> FACT_GAPS = Set.of(FicheColumn.FAP, FicheColumn.EDUCATION_LEVEL,
            FicheColumn.EMPLOYABILITY, FicheColumn.MOBILITY, FicheColumn.STARTING_SALARY,
            FicheColumn.EXPERIENCED_SALARY);

    private final Mode mode;
    private final CatalogRepository catalog;
    private final FicheOverlayStore overlays;
    private final Long version;
    private final Messages messages;
    /** The cells each update row gives, by line, for the writer to keep: rows are validated on several threads. */
    private final Map<Integer, Map<String, String>> given = new ConcurrentHashMap<>();

    RowPreparation(Mode mode, CatalogRepository catalog, FicheOverlayStore overlays, Messages messages) {
        this.mode = mode;
        this.catalog = catalog;
        this.overlays = overlays;
        this.version = mode == Mode.UPDATE ? catalog.currentVersion().map(v -> v.id()).orElse(null) : null;
        this.messages = messages;
    }

    static RowPreparation plain() {
        return new RowPreparation(Mode.PLAIN, null, null, null);
    }

    Mode mode() {
        return mode;
    }

    /** Whether rows are validated against the contract's header rather than their file's. */
    boolean merges() {
        return mode != Mode.PLAIN;
    }

    Prepared prepare(HeaderMapping<FicheColumn> fileHeader, CsvRow row) {
        return switch (mode) {
            case PLAIN -> new Prepared(row, null, null);
            case UPDATE -> update(fileHeader, row);
            case KEEP_UPDATES -> keep(fileHeader, row);
        };
    }

    private Prepared update(HeaderMapping<FicheColumn> fileHeader, CsvRow row) {
        Map<FicheColumn, String> cells = RowMerge.cells(fileHeader, row, false);
        String id = cells.getOrDefault(FicheColumn.ID, "").strip();
        if (id.isEmpty()) {
            return new Prepared(RowMerge.merge(row.line(), Map.of(), cells), null, null);
        }
        Optional<Fiche> published = version == null ? Optional.empty() : catalog.fiche(version, id);
        if (published.isEmpty()) {
            return new Prepared(null, null, new RowProblem(fileHeader.written(FicheColumn.ID), id,
                    RuleCode.UPDATE_UNKNOWN_PROFILE, messages.get("rule.UPDATE_UNKNOWN_PROFILE", id)));
        }
        cells.put(FicheColumn.ID, id);
        given.put(row.line(), cells.entrySet().stream().filter(e -> e.getKey() != FicheColumn.ID)
                .collect(Collectors.toMap(e -> e.getKey().canonicalName(), Map.Entry::getValue)));
        return new Prepared(RowMerge.merge(row.line(), FicheCells.of(published.get()), cells), published.get(), null);
    }

    private Prepared keep(HeaderMapping<FicheColumn> fileHeader, CsvRow row) {
        Map<FicheColumn, String> cells = RowMerge.cells(fileHeader, row, true);
        String id = cells.getOrDefault(FicheColumn.ID, "").strip();
        Map<FicheColumn, String> kept = new java.util.EnumMap<>(FicheColumn.class);
        if (!id.isEmpty()) {
            overlays.cells(List.of(id)).getOrDefault(id, Map.of()).forEach((name, cell) -> {
                for (FicheColumn column : FicheColumn.values()) {
                    if (column.canonicalName().equals(name)) {
                        kept.put(column, cell.value());
                    }
                }
            });
        }
        return new Prepared(RowMerge.merge(row.line(), cells, kept), null, null);
    }

    /** The cells an update row gave (contract name → value), once: the writer keeps them. */
    Map<String, String> takeGiven(int line) {
        Map<String, String> cells = given.remove(line);
        return cells == null ? Map.of() : cells;
    }
}
