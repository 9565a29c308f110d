import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a realistic catalog of N profiles as administrators import it (fiches.csv + faq.csv, French Excel
 * dialect: UTF-8 with BOM, ';', CRLF), deterministic for a given seed.
 *
 * <p>Usage: {@code java -cp CLASSPATH bench/CatalogGenerator.java N SEED OUTPUT_DIR [full|short] [CHANGED_PERCENT]}:
 * {@code short} writes one-sentence sections (for very large catalogs), {@code CHANGED_PERCENT} changes the
 * experienced salary of that share of the profiles of the same seed (an update to import).
 */
public class CatalogGenerator {

    static final String[] GUIDES = {"Cybersécurité", "Numérique", "Santé", "Transition écologique", "Bâtiment",
            "Commerce", "Hôtellerie-restauration", "Industrie", "Transport et logistique", "Social et éducation"};
    static final String[] LEVELS = {"Sans diplôme", "CAP/BEP", "Bac", "Bac+2", "Bac+3", "Bac+5", "Bac+8"};
    static final String[] EMPLOYABILITY = {"Faible", "Moyenne", "Élevée", "Très élevée"};
    static final String[] MOBILITY = {"Faible", "Moyenne", "Bonne", "Très bonne"};
    static final String[] BACS = {"Scientifique", "Technologique", "Professionnel", "Général", ""};
    static final String[] JOBS = {"Technicien", "Ingénieur", "Conseiller", "Chargé", "Responsable", "Agent",
            "Opérateur", "Assistant", "Coordinateur", "Analyste", "Animateur", "Gestionnaire"};
    static final String[] DOMAINS = {"de maintenance", "d’études", "en énergie", "de la qualité", "des données",
            "de projet", "en sécurité", "de production", "en logistique", "de clientèle", "en santé", "du bâtiment"};
    static final String[] SUBJECTS = {"Le professionnel", "Au quotidien, il", "Dans son équipe, elle", "Ce métier",
            "Le ou la titulaire du poste", "Avec l’expérience, il", "En début de carrière, on"};
    static final String[] VERBS = {"organise", "contrôle", "prépare", "analyse", "coordonne", "améliore",
            "accompagne", "vérifie", "conçoit", "entretient", "planifie", "évalue"};
    static final String[] OBJECTS = {"les interventions sur le terrain", "la qualité des données traitées",
            "les besoins des usagers", "un budget de fonctionnement", "la sécurité des équipements",
            "les échanges avec les partenaires", "des procédures écrites", "la formation des nouveaux arrivants",
            "les priorités de l’équipe", "la relation avec les clients", "des outils numériques adaptés",
            "le suivi réglementaire"};
    static final String[] ENDINGS = {"avec rigueur et méthode", "dans le respect des normes en vigueur",
            "en lien étroit avec l’encadrement", "tout en veillant au bien-être de chacun",
            "selon un planning souvent chargé", "grâce à une veille régulière", "à l’échelle d’un site ou d’une région",
            "pour un coût maîtrisé"};
    static final String[] QUALITIES = {"Rigueur", "Autonomie", "Travail en équipe", "Curiosité", "Sens du contact",
            "Organisation", "Réactivité", "Patience", "Esprit d’analyse", "Adaptabilité", "Diplomatie", "Précision"};

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        Path out = Path.of(args[2]);
        boolean shortText = args.length > 3 && args[3].equals("short");
        int changedPercent = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        Files.createDirectories(out);
        List<String> rome = codes("src/main/resources/reference/rome-v3.csv");
        List<String> fap = codes("src/main/resources/reference/fap-2009.csv");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (Writer fiches = bom(out.resolve("fiches.csv")); Writer faq = bom(out.resolve("faq.csv"));
                CSVPrinter f = new CSVPrinter(fiches, format); CSVPrinter q = new CSVPrinter(faq, format)) {
            f.printRecord("identifiant", "intitule", "guide", "code_rome", "code_fap", "niveau_etudes",
                    "bac_conseille", "employabilite", "mobilite", "salaire_debutant", "salaire_experimente", "resume",
                    "role", "missions", "responsabilites", "competences", "qualites", "liste_qualites", "acces",
                    "salaire_commentaire", "evolution", "avantages_inconvenients", "devenir");
            q.printRecord("identifiant", "question", "reponse");
            for (int i = 1; i <= count; i++) {
                String title = pick(random, JOBS) + " " + pick(random, DOMAINS) + " " + i;
                String id = "metier-" + i;
                // Above the SMIC in force (1 867,02 € since June 2026), with room for the next revaluation.
                int starting = 1950 + random.nextInt(1600);
                int experienced = starting + 300 + random.nextInt(3500);
                // Runs of one profile per guide, so that the changes fall in every guide as an office's updates do
                // (every 100th profile would all be in one guide, and the night would lay out one booklet only).
                boolean changed = changedPercent > 0
                        && (i / GUIDES.length) % Math.max(1, 100 / changedPercent) == 0;
                List<Object> row = new ArrayList<>(List.of(id, title, GUIDES[i % GUIDES.length],
                        rome.get(random.nextInt(rome.size())), fap.get(random.nextInt(fap.size())),
                        pick(random, LEVELS), pick(random, BACS), pick(random, EMPLOYABILITY), pick(random, MOBILITY),
                        salary(random, starting), salary(random, experienced + (changed ? 100 : 0))));
                for (int section = 0; section < 11; section++) {
                    int words = 200 + random.nextInt(201);
                    row.add(text(random, shortText ? 12 : words));
                    if (section == 5) {
                        row.add(String.join("|", pickSome(random, QUALITIES, 4 + random.nextInt(3))));
                    }
                }
                f.printRecord(row);
                for (int pair = 1; pair <= 5; pair++) {
                    q.printRecord(id, "Question " + pair + " : quelle formation pour devenir " + title.toLowerCase()
                            + " ?", text(random, shortText ? 12 : 40 + random.nextInt(40)));
                }
            }
        }
    }

    static Writer bom(Path file) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return writer;
    }

    static List<String> codes(String file) throws IOException {
        return Files.readAllLines(Path.of(file)).stream().skip(1).map(line -> line.substring(0, line.indexOf(';')))
                .toList();
    }

    /** Amounts written the ways French spreadsheets write them. */
    static String salary(Random random, int amount) {
        return switch (random.nextInt(4)) {
            case 0 -> String.valueOf(amount);
            case 1 -> (amount / 1000) + " " + String.format("%03d", amount % 1000);
            case 2 -> (amount / 1000) + " " + String.format("%03d", amount % 1000) + " €";
            default -> (amount / 1000) + "\u00A0" + String.format("%03d", amount % 1000) + ",00 € brut";
        };
    }

    /** About {@code words} words of French in sentences, split into two or three paragraphs. */
    static String text(Random random, int words) {
        StringBuilder text = new StringBuilder();
        int written = 0;
        int paragraphBreak = words / (2 + random.nextInt(2));
        int sinceBreak = 0;
        while (written < words) {
            String sentence = pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " "
                    + pick(random, ENDINGS) + ".";
            text.append(text.length() == 0 || text.charAt(text.length() - 1) == '\n' ? "" : " ").append(sentence);
            int n = sentence.split(" ").length;
            written += n;
            sinceBreak += n;
            if (sinceBreak > paragraphBreak && written < words) {
                text.append('\n');
                sinceBreak = 0;
            }
        }
        return text.toString();
    }

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    static List<String> pickSome(Random random, String[] values, int count) {
        List<String> all = new ArrayList<>(List.of(values));
        java.util.Collections.shuffle(all, random);
        return all.subList(0, count);
    }
}
