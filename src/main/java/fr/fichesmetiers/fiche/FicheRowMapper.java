package fr.fichesmetiers.fiche;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Maps {@code fiche_revision} (and {@code fiche_text}) rows to records; the column list is shared by every query that reads them. */
final class FicheRowMapper {

    static final String SUMMARY_COLUMNS = "r.fiche_id, r.content_hash, r.title, r.guide, r.rome_code, "
            + "r.rome_version, r.fap_code, r.education_level, r.recommended_bac, r.employability, r.mobility, "
            + "r.starting_salary, r.experienced_salary";

    static final String ALL_COLUMNS = SUMMARY_COLUMNS + ", r.feminine_title, r.facts_date, r.source_text, "
            + Arrays.stream(Section.values()).map(s -> "t." + s.column()).collect(Collectors.joining(", "))
            + ", t.quality_list, t.formations, t.related_professions, t.links";

    /** Joins a revision {@code r} to its texts {@code t}. */
    static final String TEXT_JOIN = " JOIN fiche_text t ON t.fiche_id = r.fiche_id AND t.content_hash = r.content_hash";

    private FicheRowMapper() {
    }

    static FicheSummary summary(ResultSet rs) throws SQLException {
        return new FicheSummary(rs.getString("fiche_id"), rs.getString("content_hash"), rs.getString("title"),
                rs.getString("guide"), new RomeCode(rs.getString("rome_code")),
                RomeVersion.ofLabel(rs.getString("rome_version")),
                Optional.ofNullable(rs.getString("fap_code")).map(FapCode::new),
                Optional.ofNullable(rs.getString("education_level")).map(EducationLevel::valueOf),
                Optional.ofNullable(rs.getString("recommended_bac")),
                Optional.ofNullable(rs.getString("employability")).map(Employability::valueOf),
                Optional.ofNullable(rs.getString("mobility")).map(Mobility::valueOf),
                SalaryRange.of(rs.getBigDecimal("starting_salary"), rs.getBigDecimal("experienced_salary")));
    }

    /** A fiche without its FAQ, which the caller adds. */
    static Fiche fiche(ResultSet rs) throws SQLException {
        FicheSummary s = summary(rs);
        Map<Section, String> sections = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            sections.put(section, rs.getString(section.column()));
        }
        String qualities = rs.getString("quality_list");
        List<String> list = qualities == null || qualities.isEmpty() ? List.of() : List.of(qualities.split("\\|"));
        FicheDetails details = new FicheDetails(Optional.ofNullable(rs.getString("feminine_title")),
                ListColumns.items(rs.getString("formations")), ListColumns.items(rs.getString("related_professions")),
                ListColumns.linkItems(rs.getString("links")), Optional.ofNullable(rs.getString("source_text")),
                Optional.ofNullable(rs.getObject("facts_date", LocalDate.class)));
        return new Fiche(s.id(), s.title(), s.guide(), s.rome(), s.romeVersion(), s.fap(), s.educationLevel(),
                s.recommendedBac(), s.employability(), s.mobility(), s.salary(), sections, list, List.of(), details);
    }
}
