package fr.fichesmetiers.importing.onisep;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ids given to ONISEP's records, kept in {@code onisep_profile} (migration V11) so that every later import,
 * of this edition or the next, gives each record the same id.
 */
public class OnisepIdStore {

    private final JdbcTemplate jdbc;

    public OnisepIdStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** ONISEP id → our id, for every record seen so far. */
    public Map<String, String> load() {
        Map<String, String> ids = new HashMap<>();
        jdbc.query("SELECT onisep_id, fiche_id FROM onisep_profile", rs -> {
            ids.put(rs.getString(1), rs.getString(2));
        });
        return ids;
    }

    /** Stores ids given for the first time, with the title they were made from. */
    void add(Map<String, String> ids, Map<String, String> titles, LocalDateTime now) {
        List<Object[]> rows = ids.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue(),
            truncate(titles.get(e.getKey())), Timestamp.valueOf(now)}).toList();
        jdbc.batchUpdate("INSERT INTO onisep_profile (onisep_id, fiche_id, first_title, first_seen_at)"
                + " VALUES (?, ?, ?, ?)", rows);
    }

    private static String truncate(String title) {
        return title == null || title.length() <= 200 ? title : title.substring(0, 200);
    }
}
