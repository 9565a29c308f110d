package fr.fichesmetiers.jobs.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.support.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code init-db}: creates the schema of a new database, or brings an older one up to date, and exits. Every start
 * does the same; this makes it a step of its own for a shared PostgreSQL database, done once by its administrator.
 */
@Command(name = "init-db", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Crée le schéma de la base de données (ou le met à jour), puis s'arrête.")
final class InitDbCommand implements Callable<Integer> {

    @Mixin
    LanguageOption language;

    private final SpringLauncher spring;
    private final PrintWriter out;

    InitDbCommand(SpringLauncher spring, PrintWriter out) {
        this.spring = spring;
        this.out = out;
    }

    @Override
    public Integer call() {
        Messages m = language.messages();
        // Under the run lock: no run uses the schema while it changes. Boot's Flyway migrates it at start.
        spring.lock("init-db");
        MigrationInfo current = spring.bean(Flyway.class).info().current();
        String url = spring.where().databaseUrl();
        out.println(m.get("initDb.done", withoutOptions(url), current == null ? "0" : current.getVersion()));
        return ExitCodes.DONE;
    }

    /** The URL as a person recognises it; its options may hold a password. */
    private static String withoutOptions(String url) {
        return url == null ? "?" : url.replaceFirst("[;?].*$", "");
    }
}
