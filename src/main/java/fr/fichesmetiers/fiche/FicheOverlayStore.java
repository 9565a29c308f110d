package fr.fichesmetiers.fiche;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The cells offices added to published profiles with {@code import --update} (table {@code fiche_overlay}, migration
 * V12): staged by the update, kept at its publication, laid again over a later full import when asked.
 */
public class FicheOverlayStore {

    /** One kept cell: the contract's column name, its value, the file it came from and when. */
    public record Cell(String column, String value, String sourceFile, LocalDateTime updatedAt) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public FicheOverlayStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Stages the cells an update gives for one profile (column name → value). */
    public void stage(long instance, String ficheId, Map<String, String> cells, String sourceFile) {
        List<Object[]> rows = new ArrayList<>();
        cells.forEach((column, value) -> rows.add(new Object[] {instance, ficheId, column, value, sourceFile}));
        jdbc.batchUpdate("DELETE FROM staged_overlay WHERE job_instance_id = ? AND fiche_id = ? AND column_name = ?",
                rows.stream().map(r -> new Object[] {r[0], r[1], r[2]}).toList());
        jdbc.batchUpdate("INSERT INTO staged_overlay (job_instance_id, fiche_id, column_name, cell_value, source_file)"
                + " VALUES (?, ?, ?, ?, ?)", rows);
    }

    /** Keeps an update's staged cells, the latest value of each profile's column replacing the one before. */
    public void keep(long instance, LocalDateTime now) {
        jdbc.update("DELETE FROM fiche_overlay WHERE EXISTS (SELECT 1 FROM staged_overlay s WHERE"
                + " s.job_instance_id = ? AND s.fiche_id = fiche_overlay.fiche_id"
                + " AND s.column_name = fiche_overlay.column_name)", instance);
        jdbc.update("INSERT INTO fiche_overlay (fiche_id, column_name, cell_value, source_file, updated_at)"
                + " SELECT fiche_id, column_name, cell_value, source_file, ? FROM staged_overlay"
                + " WHERE job_instance_id = ?", Timestamp.valueOf(now), instance);
        discard(instance);
    }

    public void discard(long instance) {
        jdbc.update("DELETE FROM staged_overlay WHERE job_instance_id = ?", instance);
    }

    /** The kept cells of some profiles: id → column → cell. */
    public Map<String, Map<String, Cell>> cells(Collection<String> ficheIds) {
        Map<String, Map<String, Cell>> cells = new HashMap<>();
        if (ficheIds.isEmpty()) {
            return cells;
        }
        named.query("SELECT fiche_id, column_name, cell_value, source_file, updated_at FROM fiche_overlay"
                + " WHERE fiche_id IN (:ids) ORDER BY fiche_id, column_name",
                new MapSqlParameterSource("ids", ficheIds), rs -> {
                    cells.computeIfAbsent(rs.getString(1), id -> new LinkedHashMap<>()).put(rs.getString(2),
                            new Cell(rs.getString(2), rs.getString(3), rs.getString(4),
                                    rs.getTimestamp(5).toLocalDateTime()));
                });
        return cells;
    }
}
