package fr.fichesmetiers.jobs.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.fichesmetiers.jobs.ExitCodes;
import fr.fichesmetiers.jobs.UserException;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Runs one command and returns its exit code. Wrong usage prints one line and the usage (exit 2); expected
 * errors print their message; nothing prints a stack trace (those go to the log file).
 */
public final class CommandLineApp {

    private static final Logger log = LoggerFactory.getLogger(CommandLineApp.class);
    private static final String HELP_TEXTS = "i18n.cli";
    private final Class<?> application;
    private final List<String> configuration;

    /**
     * @param application the Spring Boot application a command starts when it needs Spring
     * @param configuration Boot arguments ({@code --fiches.data-dir=…}) above every other source; none in production
     */
    public CommandLineApp(Class<?> application, String... configuration) {
        this.application = application;
        this.configuration = List.of(configuration);
    }

    /** Runs a command line on the process's standard output and error. */
    public int run(String... args) {
        return run(writer(FileDescriptor.out), writer(FileDescriptor.err), args);
    }

    public int run(PrintWriter out, PrintWriter err, String... args) {
        SpringLauncher spring = new SpringLauncher(application, configuration, UsageErrors.messages(args));
        try (spring) {
            CommandLine cli = new CommandLine(new RootCommand(), new CommandFactory(spring, out));
            // A --lang given anywhere, even before the command's name, is every command's language and the help's.
            String language = UsageErrors.language(args);
            // The help is in that language, never in the machine's locale: French unless --lang en (the
            // annotations hold the French texts, i18n/cli_en.properties the English ones).
            cli.setResourceBundle(ResourceBundle.getBundle(HELP_TEXTS,
                    language.equals("en") ? Locale.ENGLISH : Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            cli.setDefaultValueProvider(arg -> arg instanceof OptionSpec option
                    && option.longestName().equals(LanguageOption.NAME) ? language : null);
            cli.setCaseInsensitiveEnumValuesAllowed(true);
            // -V on a command prints the tool's version, as at the top.
            cli.getSubcommands().values().forEach(command -> command.getCommandSpec()
                    .versionProvider(cli.getCommandSpec().versionProvider()));
            cli.setOut(out);
            cli.setErr(err);
            // The arguments as typed: the help command's are passed on without their --lang.
            cli.setParameterExceptionHandler((ex, arguments) -> usageError(ex, args, err));
            cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failure(ex, spring, err, args));
            return cli.execute(helpWithoutLanguage(args));
        }
        catch (RuntimeException | IOException e) {
            return failure(e, spring, err, args);
        }
        finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * picocli's {@code help} command has no {@code --lang}; its language is already that of the texts, so
     * {@code help import --lang en} works like {@code import --help --lang en}.
     */
    private static String[] helpWithoutLanguage(String[] args) {
        if (args.length == 0 || !args[0].equals("help")) {
            return args;
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length && isLanguage(args[i + 1])) {
                i++;
            }
            else if (!(args[i].startsWith("--lang=") && isLanguage(args[i].substring("--lang=".length())))) {
                kept.add(args[i]);
            }
        }
        return kept.toArray(String[]::new);
    }

    private static boolean isLanguage(String value) {
        return Arrays.stream(LanguageOption.Language.values()).anyMatch(l -> l.name().equalsIgnoreCase(value));
    }

    private static int usageError(ParameterException ex, String[] args, PrintWriter err) {
        err.println(UsageErrors.describe(ex, UsageErrors.messages(args)));
        err.println();
        ex.getCommandLine().usage(err);
        return ExitCodes.USAGE;
    }

    private static int failure(Exception ex, SpringLauncher spring, PrintWriter err, String[] args) {
        if (ex instanceof UserException user) {
            err.println(user.getMessage());
            return user.exitCode();
        }
        // A disk that filled, a database that went away while a job ran: said as at start-up, logged in full.
        SystemFailure system = spring.where() == null ? null
                : SystemFailure.of(ex, spring.where(), UsageErrors.messages(args)).orElse(null);
        if (system != null) {
            err.println(system.message());
            log.error("event=command.failed reason=\"{}\"", system.message(), ex);
            return system.exitCode();
        }
        err.println("Erreur inattendue / unexpected error: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
        // The log file is the one the configuration names. Before Spring set logging up there is none, and the
        // logger would print the stack trace on the console: the line above is all the user gets then.
        String logFile = spring.logFile();
        if (logFile != null) {
            log.error("event=command.failed", ex);
            err.println("Détails / details: " + logFile);
        }
        return ExitCodes.FAILED;
    }

    /**
     * Standard output in the terminal's encoding; UTF-8 where the system claims plain ASCII (a missing locale
     * in a container or under cron), so that accents survive.
     */
    private static PrintWriter writer(FileDescriptor fd) {
        String name = System.getProperty(fd == FileDescriptor.out ? "stdout.encoding" : "stderr.encoding");
        Charset charset = name == null || !Charset.isSupported(name) || Arrays.asList("US-ASCII", "ANSI_X3.4-1968")
                .contains(Charset.forName(name).name()) ? StandardCharsets.UTF_8 : Charset.forName(name);
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), charset), true);
    }
}
