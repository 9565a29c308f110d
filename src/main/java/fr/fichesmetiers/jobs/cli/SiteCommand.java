package fr.fichesmetiers.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import fr.fichesmetiers.jobs.run.FeatureRuns;
import fr.fichesmetiers.jobs.run.RequestTime;
import fr.fichesmetiers.jobs.run.StopOnRequest;
import fr.fichesmetiers.site.SiteRequest;
import fr.fichesmetiers.site.SiteResult;
import fr.fichesmetiers.site.SiteResults;
import fr.fichesmetiers.support.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code site}: the static site of the published catalog, for counselors. */
@Command(name = "site", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = "Écrit le site des fiches publiées (output/site/index.html), à ouvrir depuis un partage ou un "
                + "serveur web.")
final class SiteCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DOSSIER", description = "Dossier du site (défaut : output/site).")
    Path out;

    @Mixin
    LanguageOption language;

    private final SpringLauncher spring;
    private final PrintWriter console;

    SiteCommand(SpringLauncher spring, PrintWriter console) {
        this.spring = spring;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        Messages m = language.messages();
        spring.lock("site");
        try (StopOnRequest.Guard stop = spring.bean(StopOnRequest.class).guard(m, console)) {
            SiteResult result = spring.bean(FeatureRuns.class).site(new SiteRequest(out, null, null, language.code(),
                    RequestTime.now(), null, null, null));
            SiteResults.print(result, m, console);
            return stop.exitCode(result.exitCode());
        }
    }
}
