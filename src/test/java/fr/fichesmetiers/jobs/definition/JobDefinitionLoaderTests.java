package fr.fichesmetiers.jobs.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.fichesmetiers.support.Messages;
import fr.fichesmetiers.support.Shard;

class JobDefinitionLoaderTests {

    @TempDir
    Path dir;

    private final JobDefinitionLoader loader = new JobDefinitionLoader(Messages.forLanguage("fr"));

    private Path file(String yaml) throws Exception {
        return Files.writeString(dir.resolve("test.yml"), yaml);
    }

    @Test
    void readsTheShippedNightlyDefinition() {
        JobDefinition nightly = loader.load(Path.of("jobs/nightly.yml"));
        assertThat(nightly.name()).isEqualTo("nightly");
        assertThat(nightly.steps()).extracting(JobDefinition.Step::kind).containsExactly("import", "brochures",
                "compare", "site");
        assertThat(nightly.schedule().next(LocalDateTime.of(2026, 11, 25, 12, 0)))
                .isEqualTo(LocalDateTime.of(2026, 11, 26, 2, 30));
        assertThat(nightly.steps().get(0)).isEqualTo(new JobDefinition.ImportStep(Path.of("input"), "10%", false));
    }

    @Test
    void acceptsAFiveFieldCrontabSchedule() throws Exception {
        JobDefinition definition = loader.load(file("schedule: \"30 2 * * 1-5\"\nsteps:\n  - compare: {lang: en}\n"));
        assertThat(definition.name()).isEqualTo("test");
        assertThat(definition.schedule().next(LocalDateTime.of(2026, 11, 28, 12, 0)))
                .isEqualTo(LocalDateTime.of(2026, 11, 30, 2, 30));
    }

    @Test
    void refusesAnUnknownKeyNamingFileLineAndTheKeysExpected() throws Exception {
        Path yaml = file("name: essai\nsteps:\n  - brochures:\n      lang: fr\n      bookelt: true\n");
        assertThatThrownBy(() -> loader.load(yaml)).isInstanceOf(DefinitionException.class)
                .hasMessage(yaml + ", ligne 5 : clé inconnue « bookelt » (attendu : booklet, guide, lang, shard)");
    }

    @Test
    void readsTheShardOfABrochuresStepAndRefusesOneOutsideItsCount() throws Exception {
        JobDefinition definition = loader.load(file("steps:\n  - brochures: {lang: fr, shard: 1/3}\n"));
        assertThat(definition.steps()).containsExactly(new JobDefinition.BrochuresStep("fr", null, true,
                new Shard(1, 3)));
        Path yaml = file("name: essai\nsteps:\n  - brochures:\n      lang: fr\n      shard: 3/3\n");
        assertThatThrownBy(() -> loader.load(yaml)).isInstanceOf(DefinitionException.class)
                .hasMessage(yaml + ", ligne 5 : Tranche invalide : « 3/3 » (attendu : I/N, avec 0 ≤ I < N, ex. 0/4).");
    }

    @Test
    void refusesABadCron() throws Exception {
        Path yaml = file("name: essai\nschedule: \"0 61 2 * * *\"\nsteps:\n  - compare: {lang: fr}\n");
        assertThatThrownBy(() -> loader.load(yaml)).isInstanceOf(DefinitionException.class)
                .hasMessageStartingWith(yaml + ", ligne 2 : expression cron invalide « 0 61 2 * * * »");
    }

    @Test
    void refusesAStepWithoutItsRequiredOption() throws Exception {
        Path yaml = file("steps:\n  - import:\n      force: true\n");
        assertThatThrownBy(() -> loader.load(yaml)).isInstanceOf(DefinitionException.class)
                .hasMessage(yaml + ", ligne 2 : option « path » manquante pour l'étape « import »");
    }

    @Test
    void refusesAnUnknownStepAnInvalidYamlAndAnUnreadableFile() throws Exception {
        assertThatThrownBy(() -> loader.load(file("steps:\n  - print: {}\n"))).hasMessageContaining(
                "ligne 2 : étape inconnue « print »");
        assertThatThrownBy(() -> loader.load(file("steps: [\n"))).hasMessageContaining("YAML invalide");
        assertThatThrownBy(() -> loader.load(dir.resolve("absent.yml"))).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Définition illisible").hasMessageContaining("absent.yml");
        assertThatThrownBy(() -> loader.load(file("steps:\n  - import: {path: input, max-rejects: beaucoup}\n")))
                .hasMessageContaining("ligne 2 : max-rejects « beaucoup »");
        assertThatThrownBy(() -> loader.load(file("steps:\n  - compare: {lang: de}\n")))
                .hasMessageContaining("langue « de » inconnue");
    }

    @Test
    void readsAThemeOverrideAndAnOutputFolder() throws Exception {
        JobDefinition definition = loader.load(file("""
                name: cio-lyon
                output: /tmp/cio
                theme:
                  organisation: CIO de Lyon
                  primary-color: "#7A1F3D"
                steps:
                  - brochures: {lang: fr, guide: Santé, booklet: false}
                """));
        assertThat(definition.theme()).isEqualTo(new JobDefinition.Theme("CIO de Lyon", "#7A1F3D", null));
        assertThat(definition.output()).isEqualTo(Path.of("/tmp/cio"));
        assertThat(definition.steps().get(0)).isEqualTo(new JobDefinition.BrochuresStep("fr", "Santé", false));
        assertThatThrownBy(() -> loader.load(file("theme: {primary-color: bleu}\nsteps:\n  - compare: {lang: fr}\n")))
                .hasMessageContaining("ligne 1 : couleur « bleu » invalide");
    }
}
