package fr.fichesmetiers.jobs.run;

import java.util.Locale;

import org.springframework.core.env.Environment;

/**
 * {@code fiches.run-lock.kind}: {@code file} (the data directory's lock file, for H2), {@code database} (PostgreSQL
 * advisory locks, for a catalog several hosts share), or {@code auto} (the default): {@code database} when
 * {@code spring.datasource.url} is a PostgreSQL one, else {@code file}.
 */
enum RunLockKind {
    FILE, DATABASE;

    static RunLockKind of(Environment environment) {
        String setting = environment.getProperty("fiches.run-lock.kind", "auto").strip().toLowerCase(Locale.ROOT);
        String url = environment.getProperty("spring.datasource.url", "");
        boolean postgresql = url.startsWith("jdbc:postgresql:");
        return switch (setting) {
            case "auto" -> postgresql ? DATABASE : FILE;
            case "file" -> FILE;
            case "database" -> {
                if (!postgresql) {
                    throw new IllegalArgumentException("fiches.run-lock.kind: database needs a PostgreSQL"
                            + " spring.datasource.url (jdbc:postgresql:…), not " + url);
                }
                yield DATABASE;
            }
            default -> throw new IllegalArgumentException("fiches.run-lock.kind: « " + setting
                    + " » (attendu / expected: auto, file, database)");
        };
    }
}
