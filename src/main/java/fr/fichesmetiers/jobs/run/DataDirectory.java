package fr.fichesmetiers.jobs.run;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * {@code fiches.data-dir}: the folder of the embedded database, the logs and the run lock. {@code application.yml}
 * derives the database URL and the log file from the same property, so that all three always move together.
 */
@ConfigurationProperties("fiches")
public record DataDirectory(@DefaultValue("data") Path dataDir) {

    /** As Spring binds it, from an environment that Boot has prepared (before any bean exists). */
    public static DataDirectory of(Environment environment) {
        return Binder.get(environment).bindOrCreate("fiches", DataDirectory.class);
    }

    /** The file whose operating-system lock says that a run uses this data directory. */
    public Path lockFile() {
        return dataDir.resolve("run.lock");
    }
}
