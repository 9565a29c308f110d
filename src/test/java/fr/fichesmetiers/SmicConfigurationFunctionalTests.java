package fr.fichesmetiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.cli.CommandLineApp;

/**
 * The SMIC table as an office configures it: its own {@code application.yml} adds the next value to the bundled
 * ones (Spring Boot merges maps across configuration files), and the undated setting of release 0.1 is refused at
 * start-up with what to write instead.
 */
class SmicConfigurationFunctionalTests {

    @TempDir
    Path dir;

    private String[] boot(String... more) {
        List<String> arguments = new ArrayList<>(List.of("--fiches.data-dir=" + dir.resolve("data")));
        arguments.addAll(TestDatabases.forFolder(dir).bootArguments());
        String[] base = arguments.toArray(String[]::new);
        String[] all = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void anOfficeConfigurationAddsAValueAndKeepsTheBundledOnes() throws Exception {
        // Read the way Boot reads the working directory's application.yml: a file location above the jar's.
        Path office = Files.createDirectories(dir.resolve("office"));
        Files.writeString(office.resolve("application.yml"), """
                fiches:
                  import:
                    smic:
                      "[2027-01-01]": 1901.50
                """);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FichesMetiersApplication.class)
                .run(boot("--spring.config.additional-location=file:" + office + "/"))) {
            SmicTable table = context.getBean(SmicTable.class);
            assertThat(table.entries()).extracting(SmicTable.Entry::from).containsExactly(LocalDate.of(2024, 11, 1),
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1), LocalDate.of(2027, 1, 1));
            assertThat(table.newest().monthlyGross()).isEqualByComparingTo("1901.50");
            assertThat(table.inForceOn(LocalDate.of(2026, 12, 1)).orElseThrow().monthlyGross())
                    .isEqualByComparingTo("1867.02");
        }
    }

    @Test
    void anOfficeConfigurationReplacesAValueByGivingItsDateAgain() throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FichesMetiersApplication.class)
                .run(boot("--fiches.import.smic.[2026-06-01]=1415.05"))) {
            SmicTable table = context.getBean(SmicTable.class);
            assertThat(table.entries()).hasSize(3);
            assertThat(table.newest().monthlyGross()).isEqualTo(new BigDecimal("1415.05"));
        }
    }

    @Test
    void theUndatedMinimumOfRelease01StopsTheStartWithWhatToWriteInstead() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLineApp(FichesMetiersApplication.class,
                boot("--fiches.import.minimum-monthly-wage=1823.03"))
                .run(new PrintWriter(out, true), new PrintWriter(err, true), "list");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("fiches.import.minimum-monthly-wage (1823.03) n'est plus lu")
                .contains("fiches.import.smic").doesNotContain("Exception").doesNotContain("\tat ");
    }
}
