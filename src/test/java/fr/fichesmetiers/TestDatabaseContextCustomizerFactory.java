package fr.fichesmetiers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at the database of its test class ({@link TestDatabases#inMemory}), so that no
 * test names a database URL and the suite runs unchanged on H2 or PostgreSQL.
 */
public final class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer(testClass.getSimpleName());
    }

    /** Equal for the same class: Spring's context cache keeps one context per class, as before. */
    private record Customizer(String name) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            Map<String, Object> properties = new LinkedHashMap<>(TestDatabases.inMemory(name).properties());
            if (TestDatabases.postgresql()) {
                // Cached contexts keep their pools open: small ones stay under the server's connection limit.
                properties.put("spring.datasource.hikari.maximum-pool-size", "4");
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
        }
    }
}
