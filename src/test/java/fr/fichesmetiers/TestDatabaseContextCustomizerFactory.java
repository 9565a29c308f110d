package fr.fichesmetiers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestContextAnnotationUtils.AnnotationDescriptor;

/**
 * Points every Spring test context at the database of its test class ({@link TestDatabases#inMemory}), so that no
 * test names a database URL and the suite runs unchanged on H2 or PostgreSQL. The classes that inherit their
 * {@code @SpringBootTest} (from {@link JobFunctionalTestSupport}) share the database of the class declaring it, and
 * with it one cached context.
 */
public final class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        AnnotationDescriptor<SpringBootTest> declared = TestContextAnnotationUtils.findAnnotationDescriptor(testClass,
                SpringBootTest.class);
        return new Customizer((declared == null ? testClass : declared.getDeclaringClass()).getSimpleName());
    }

    /** Equal for the same database: Spring's context cache keeps one context per declaring class. */
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
