package fr.fichesmetiers.importing.onisep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.importing.table.TableNote;
import fr.fichesmetiers.importing.table.TableRefusedException;
import fr.fichesmetiers.importing.table.TableRow;
import fr.fichesmetiers.support.Messages;

class OnisepTableInputTests {

    static final Path FEBRUARY = Path.of("src/test/resources/fixtures/onisep/Onisep_Ideo_Fiches_metiers_01022025.xml");
    private static final SmicTable.Entry SMIC = new SmicTable.Entry(LocalDate.of(2026, 6, 1), new BigDecimal("1867.02"));
    private static final Messages FR = Messages.forLanguage("fr");

    static OnisepSettings settings() {
        return new OnisepSettings(List.of(new OnisepSettings.Guide("Transition écologique", List.of("Environnement")),
                new OnisepSettings.Guide("Service public", List.of("Fonction publique"))),
                List.of("Fonction publique"), "Autres métiers");
    }

    private static Map<String, String> ids() {
        return Map.of("MET.101", "animateur-nature", "MET.102", "garde-forestier", "MET.103", "conteur", "MET.104",
                "frigoriste", "MET.105", "animateur-nature-105");
    }

    private static List<Map<String, String>> rows(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (OnisepTableInput input = OnisepTableInput.open(file, settings(), ids(), SMIC, FR)) {
            List<String> header = input.header();
            TableRow row;
            while ((row = input.next()) != null) {
                Map<String, String> named = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    named.put(header.get(i), row.values().get(i));
                }
                named.put("#line", String.valueOf(row.line()));
                named.put("#notes", String.join(" / ", row.notes().stream().map(n -> n.message()).toList()));
                rows.add(named);
            }
        }
        return rows;
    }

    @Test
    void mapsEveryElementOfARecordOntoTheContractColumns() throws IOException {
        Map<String, String> nature = rows(FEBRUARY).get(0);
        assertThat(nature).containsEntry("identifiant", "animateur-nature")
                .containsEntry("identifiant_onisep", "MET.101").containsEntry("intitule", "animateur nature")
                .containsEntry("intitule_feminin", "animatrice nature").containsEntry("code_rome", "G1202")
                .containsEntry("codes_rome_secondaires", "K1206").containsEntry("version_rome", "v3")
                .containsEntry("code_fap", "").containsEntry("niveau_etudes", "Bac+2")
                .containsEntry("salaire_debutant", "1950").containsEntry("mis_a_jour_le", "2025-02-01")
                .containsEntry("formations", "BPJEPS éducation à l'environnement|BTSA gestion et protection de la nature")
                .containsEntry("metiers_proches", "garde-forestier|guide de montagne")
                .containsEntry("liens", "Un réseau d'associations d'éducation à la nature=https://www.example.org/reseau-nature")
                .containsEntry("#line", "2");
        assertThat(nature.get("source")).isEqualTo(
                "ONISEP, Idéo-Fiches métiers, édition du 01/02/2025, licence ODbL (Open Database License)");
        // The first sector is secondary: the guide is the next one's.
        assertThat(nature.get("guide")).isEqualTo("Transition écologique");
    }

    @Test
    void turnsHtmlInCdataIntoParagraphsAndKeepsListsAsLists() throws IOException {
        Map<String, String> nature = rows(FEBRUARY).get(0);
        assertThat(nature.get("resume"))
                .isEqualTo("Il emmène petits et grands sur le terrain pour leur apprendre à regarder la nature.");
        assertThat(nature.get("competences")).isEqualTo("Pédagogue\nIl adapte son discours à chaque public : écoliers,"
                + " familles, élus.\n- connaître la faune et la flore locales ;\n- savoir animer un groupe dehors.");
        assertThat(nature.get("role")).isEqualTo("Faire découvrir\nIl conduit des sorties & des ateliers pour"
                + " expliquer la vie d'une mare ou d'un bois.");
        assertThat(nature.get("salaire_commentaire"))
                .isEqualTo("Salaire du débutant\nEnviron 1 950 euros brut par mois dans une association.");
        assertThat(nature.get("evolution"))
                .isEqualTo("Intégrer le marché du travail\nDes contrats saisonniers\nLes premiers postes sont souvent"
                        + " des contrats d'été.");
    }

    @Test
    void readsEscapedHtmlLikeCdataAndDropsAStartingSalaryBelowTheSmicWithANote() throws IOException {
        Map<String, String> garde = rows(FEBRUARY).get(1);
        assertThat(garde.get("role")).isEqualTo(
                "Il surveille les forêts publiques et marque les arbres à couper.\nIl accueille aussi les promeneurs.");
        assertThat(garde.get("salaire_debutant")).isEmpty();
        assertThat(garde.get("#notes")).contains("1\u202F500", "1\u202F867,02", "1er juin 2026");
        assertThat(garde.get("niveau_etudes")).isEqualTo("Bac+3");
        // Only a secondary sector: it gives the guide all the same.
        assertThat(garde.get("guide")).isEqualTo("Service public");
    }

    @Test
    void notesEveryValueItLeftOutOrReadAsTheNearestAtTheLineOfItsRecord() throws IOException {
        List<String> notes = new ArrayList<>();
        try (OnisepTableInput input = OnisepTableInput.open(FEBRUARY, settings(), ids(), SMIC, FR)) {
            TableRow row;
            while ((row = input.next()) != null) {
                for (TableNote note : row.notes()) {
                    notes.add(row.line() + " " + note.kind() + " " + note.column() + " " + note.value());
                }
            }
        }
        // Bac + 2 and Bac ou équivalent are the contract's own levels: no note for them.
        assertThat(notes).containsExactly("90 LEVEL_NEAREST niveau_etudes Bac + 4",
                "90 SALARY_BELOW_SMIC_DROPPED salaire_debutant 1500", "123 LEVEL_DROPPED niveau_etudes autre formation");
    }

    @Test
    void saysFromWhichLevelToWhichAndWhichSmicInTheRunsLanguage() throws IOException {
        Map<String, String> garde = rows(FEBRUARY).get(1);
        assertThat(garde.get("#notes")).contains("niveau d'accès « Bac + 4 » d'ONISEP repris comme « Bac+3 »",
                "salaire du débutant d'ONISEP (1\u202F500\u00A0€) inférieur au SMIC en vigueur depuis le 1er juin 2026"
                        + " (1\u202F867,02\u00A0€)");
        try (OnisepTableInput input = OnisepTableInput.open(FEBRUARY, settings(), ids(), SMIC,
                Messages.forLanguage("en"))) {
            input.next();
            assertThat(input.next().notes()).extracting(TableNote::message).containsExactly(
                    "ONISEP access level \"Bac + 4\" taken as \"Bac+3\", the nearest education level (there is no"
                            + " level \"Bac + 4\")",
                    "ONISEP's starting salary (€1,500) is below the SMIC in force since 1 June 2026 (€1,867.02): an old"
                            + " figure, left out");
        }
    }

    @Test
    void leavesTheRomeCodeBlankWhenTheRecordHasNone() throws IOException {
        Map<String, String> conteur = rows(FEBRUARY).get(2);
        assertThat(conteur.get("code_rome")).isEmpty();
        assertThat(conteur.get("codes_rome_secondaires")).isEmpty();
        assertThat(conteur.get("guide")).isEqualTo("Autres métiers");
    }

    @Test
    void keepsTheOtherRomeCodesAndLeavesAnUnknownLevelOutWithANote() throws IOException {
        Map<String, String> froid = rows(FEBRUARY).get(3);
        assertThat(froid.get("code_rome")).isEqualTo("I1306");
        assertThat(froid.get("codes_rome_secondaires")).isEqualTo("N1303|K2111");
        assertThat(froid.get("niveau_etudes")).isEmpty();
        assertThat(froid.get("#notes")).contains("autre formation");
        // "À partir du Smic et jusqu'à 2 300 €": a ceiling, not a starting salary.
        assertThat(froid.get("salaire_debutant")).isEmpty();
        // The same word in both genders is no feminine title.
        assertThat(froid.get("intitule_feminin")).isEmpty();
    }

    @Test
    void readsTheXmlInsideAZipAndTheEditionFromItsEntry(@TempDir Path folder) throws IOException {
        Path zip = folder.resolve("download.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("not this one".getBytes());
            z.putNextEntry(new ZipEntry("Onisep_Ideo_Fiches_metiers_01022025.xml"));
            z.write(Files.readAllBytes(FEBRUARY));
        }
        List<Map<String, String>> rows = rows(zip);
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0)).containsEntry("mis_a_jour_le", "2025-02-01");
    }

    @Test
    void refusesXmlWhoseRootIsNotMetiers(@TempDir Path folder) throws IOException {
        Path other = Files.writeString(folder.resolve("autre.xml"), "<?xml version=\"1.0\"?><catalogue/>");
        assertThatThrownBy(() -> rows(other)).isInstanceOf(TableRefusedException.class).hasMessageContaining("autre.xml");
    }

    @Test
    void refusesATruncatedFileNamingItsLine(@TempDir Path folder) throws IOException {
        String text = Files.readString(FEBRUARY);
        Path cut = Files.writeString(folder.resolve("coupe.xml"), text.substring(0, text.indexOf("MET.103")));
        assertThatThrownBy(() -> rows(cut)).isInstanceOf(TableRefusedException.class)
                .hasMessageContaining("coupe.xml, ligne");
    }
}
