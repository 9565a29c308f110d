package fr.fichesmetiers.fiche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

class SmicSettingsTests {

    @Test
    void theBundledConfigurationHoldsTheValuesOfTheReferenceFile() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        ConfigurationPropertySources.attach(environment);
        Map<String, BigDecimal> smic = Binder.get(environment)
                .bind("fiches.import.smic", Bindable.mapOf(String.class, BigDecimal.class)).get();
        assertThat(new SmicSettings(smic).table()).isEqualTo(SmicTable.bundled());
    }

    @Test
    void readsIsoDatesAndFallsBackOnTheBundledTable() {
        Map<String, BigDecimal> smic = new LinkedHashMap<>();
        smic.put("2027-01-01", new BigDecimal("1900"));
        assertThat(new SmicSettings(smic).table().newest().from()).hasToString("2027-01-01");
        assertThat(new SmicSettings(null).table()).isEqualTo(SmicTable.bundled());
    }

    @Test
    void saysWhichKeyIsNotADate() {
        assertThatThrownBy(() -> new SmicSettings(Map.of("2026-13-01", new BigDecimal("1900"))).table())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("« 2026-13-01 »")
                .hasMessageContaining("AAAA-MM-JJ");
        assertThatThrownBy(() -> new SmicSettings(Map.of("2026-09-01", new BigDecimal("-5"))).table())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("fiches.import.smic.2026-09-01");
    }

    @Test
    void refusesToStartWithTheUndatedMinimumOfRelease01() {
        SmicSettings.refuseObsolete(new MockEnvironment());
        for (String name : SmicSettings.OBSOLETE) {
            MockEnvironment environment = new MockEnvironment().withProperty(name, "1415.05");
            assertThatThrownBy(() -> SmicSettings.refuseObsolete(environment)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(name + " (1415.05) n'est plus lu")
                    .hasMessageContaining("fiches.import.smic: {\"[2026-06-01]\": 1867.02}");
        }
    }
}
