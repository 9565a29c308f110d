package fr.fichesmetiers.jobs;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import fr.fichesmetiers.fiche.CatalogRepository;
import fr.fichesmetiers.fiche.CatalogVersion;
import fr.fichesmetiers.fiche.FaqEntry;
import fr.fichesmetiers.fiche.Fiche;
import fr.fichesmetiers.fiche.ReferenceCodes;
import fr.fichesmetiers.fiche.Section;
import fr.fichesmetiers.support.Euros;
import fr.fichesmetiers.support.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code show ID}: one published profile in full, as text. */
@Command(name = "show", sortOptions = false, usageHelpAutoWidth = true,
        description = "Affiche une fiche publiée en entier.")
final class ShowCommand implements Callable<Integer> {

    // --version names a catalog version here, so picocli's standard -h/-V pair cannot be mixed in: -h alone.
    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "mixinStandardHelpOptions.help",
            description = "Affiche cette aide.")
    boolean help;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "fiche",
            description = "Identifiant de la fiche (ex. developpeur-back-end).")
    String id;

    @Option(names = "--version", paramLabel = "V", description = "Une version antérieure du catalogue.")
    Long version;

    @Mixin
    LanguageOption language;

    private final SpringContext spring;
    private final PrintWriter out;

    ShowCommand(SpringContext spring, PrintWriter out) {
        this.spring = spring;
        this.out = out;
    }

    @Override
    public Integer call() {
        Messages m = language.messages();
        CatalogRepository catalog = spring.bean(CatalogRepository.class);
        CatalogVersion catalogVersion = CatalogVersions.resolve(catalog, version, m);
        Fiche fiche = catalog.fiche(catalogVersion.id(), id).orElseThrow(() -> new UserException(ExitCodes.FAILED,
                m.get("show.unknown", id, String.valueOf(catalogVersion.id()))));
        ReferenceCodes codes = spring.bean(ReferenceCodes.class);
        out.println(fiche.title().toUpperCase(m.locale()));
        out.println(m.get("show.labelled", m.get("fact.guide"), fiche.guide()));
        out.println();
        fact(m.get("fact.id"), fiche.id());
        fact(m.get("fact.rome"), fiche.rome() + " " + codes.romeLabel(fiche.rome()).orElse(""));
        fact(m.get("fact.fap"), fiche.fap() + " " + codes.fapLabel(fiche.fap()).orElse(""));
        fact(m.get("fact.educationLevel"), m.get(fiche.educationLevel().messageKey()));
        if (fiche.recommendedBac() != null) {
            fact(m.get("fact.recommendedBac"), fiche.recommendedBac());
        }
        fact(m.get("fact.employability"), m.get(fiche.employability().messageKey()));
        fact(m.get("fact.mobility"), m.get(fiche.mobility().messageKey()));
        fact(m.get("fact.startingSalary"), Euros.format(fiche.salary().starting(), m.locale(), ' ') + " "
                + m.get("fact.perMonth"));
        fact(m.get("fact.experiencedSalary"), Euros.format(fiche.salary().experienced(), m.locale(), ' ') + " "
                + m.get("fact.perMonth"));
        for (Section section : Section.values()) {
            if (fiche.sections().containsKey(section)) {
                heading(m.get(section.headingKey(), fiche.title().toLowerCase(m.locale())));
                out.println(fiche.section(section));
            }
            if (section == Section.QUALITIES && !fiche.qualities().isEmpty()) {
                heading(m.get("fact.qualities"));
                fiche.qualities().forEach(quality -> out.println("  • " + quality));
            }
        }
        if (!fiche.faq().isEmpty()) {
            heading(m.get("section.faq"));
            for (FaqEntry entry : fiche.faq()) {
                out.println(m.get("show.question", entry.question()));
                out.println(m.get("show.answer", entry.answer()));
                out.println();
            }
        }
        return ExitCodes.DONE;
    }

    private void fact(String label, String value) {
        out.printf("  %-22s %s%n", label, value.strip());
    }

    private void heading(String text) {
        out.println();
        out.println(text);
        out.println("-".repeat(text.length()));
    }
}
