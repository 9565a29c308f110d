package fr.fichesmetiers.importing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import fr.fichesmetiers.JobFunctionalTestSupport;
import fr.fichesmetiers.TestCatalogs;
import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.FicheSummary;
import fr.fichesmetiers.importing.ImportResult;
import fr.fichesmetiers.importing.ImportResults;
import fr.fichesmetiers.importing.Violation;

/**
 * Imports each file of the hostile corpus over a published catalog, in one Spring context: the exit code, the rule
 * and the line the import reports, what its messages say and never repeat, and the published catalog before and
 * after (a refused file changes nothing; otherwise the baseline's profiles stay as they were and only the case's
 * valid rows are added).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputFunctionalTests extends JobFunctionalTestSupport {

    /** Messages a person reads stay short, whatever the file holds. */
    private static final int LONGEST_MESSAGE = 600;

    @TempDir
    static Path temp;

    @Autowired
    ImportResults results;

    private Baseline baseline;
    /** The baseline as first published: what every case that publishes must leave of it. */
    private Map<String, Fiche> reference;

    @BeforeAll
    void publishTheBaseline() throws Exception {
        startOver();
        baseline = Baseline.load();
        ImportResult result = results.of(jobs.startJob(TestCatalogs.importParameters(Baseline.FIXTURE)));
        assertThat(result.exitCode()).as(result.toString()).isZero();
        reference = published();
        Files.writeString(outside().resolve("secret.csv"), HostileFiles.SECRET + "\n");
    }

    private static Path outside() throws Exception {
        return Files.createDirectories(temp.resolve("outside"));
    }

    List<HostileCase> corpus() throws Exception {
        return HostileCorpus.cases(outside(), Baseline.load());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void importsAHostileFileAsItsCaseSays(HostileCase hostile) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("cases").resolve(slug(hostile.name())));
        Map<String, Fiche> before = published();
        Long versionBefore = currentVersion();
        ImportResult result;
        try (HostileFolder input = new HostileFolder(folder, baseline)) {
            hostile.setup().write(input, baseline);
            result = results.of(jobs.startJob(TestCatalogs.importParameters(folder.toString(), "100%", true, false)));
        }
        String described = result.refusalRule() + " " + result.refusalMessage() + " " + result.failureMessage() + " "
                + result.firstRejects();
        assertThat(result.failureMessage()).as(described).isNull();
        assertThat(result.exitCode()).as(described).isEqualTo(hostile.exitCode());
        List<String> messages = messages(result);
        if (hostile.exitCode() == 1) {
            assertThat(result.refusalRule()).as(described).isEqualTo(hostile.rule());
            if (hostile.line() != null) {
                assertThat(result.refusalMessage()).contains("ligne " + hostile.line() + " ");
            }
            assertThat(currentVersion()).isEqualTo(versionBefore);
            assertThat(published()).isEqualTo(before);
        }
        else {
            if (hostile.rule() != null) {
                assertThat(result.firstRejects()).as(described)
                        .anyMatch(v -> v.rule() == hostile.rule() && v.line() == hostile.line());
            }
            Map<String, Fiche> after = published();
            Set<String> expected = new HashSet<>(baseline.ids());
            expected.addAll(hostile.added());
            assertThat(after.keySet()).as(described).containsExactlyInAnyOrderElementsOf(expected);
            for (String id : baseline.ids()) {
                assertThat(after.get(id)).as(id).isEqualTo(reference.get(id));
            }
        }
        if (hostile.says() != null) {
            assertThat(messages).as(described).anyMatch(m -> m.contains(hostile.says()));
        }
        for (String message : messages) {
            assertThat(message.length()).as(message.substring(0, Math.min(200, message.length())))
                    .isLessThan(LONGEST_MESSAGE);
            if (hostile.neverShown() != null) {
                assertThat(message).doesNotContain(hostile.neverShown());
            }
        }
        if (hostile.neverShown() != null && result.unknownColumns() != null) {
            assertThat(result.unknownColumns()).doesNotContain(hostile.neverShown());
        }
    }

    private static List<String> messages(ImportResult result) {
        List<String> messages = new ArrayList<>();
        if (result.refusalMessage() != null) {
            messages.add(result.refusalMessage());
        }
        result.firstRejects().stream().map(Violation::message).forEach(messages::add);
        return messages;
    }

    private Long currentVersion() {
        return catalog.currentVersion().map(v -> v.id()).orElse(null);
    }

    private Map<String, Fiche> published() {
        long version = catalog.currentVersion().orElseThrow().id();
        List<String> ids = catalog.summaries(version, null).stream().map(FicheSummary::id).toList();
        return catalog.fiches(version, ids).stream().collect(Collectors.toMap(Fiche::id, Function.identity()));
    }

    private static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
