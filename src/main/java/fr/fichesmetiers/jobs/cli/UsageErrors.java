package fr.fichesmetiers.jobs.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import fr.fichesmetiers.support.Messages;
import fr.fichesmetiers.support.Shard;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Says in the user's language what is wrong with a command line. Picocli's own messages are English; they are
 * rebuilt from the exception's details (the offending option or value) rather than translated as text, so that a
 * new picocli wording cannot leak English into a French console.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    /** A usage error whose message is already in the user's language (our own checks of option values). */
    static final class Localized extends ParameterException {

        Localized(CommandLine commandLine, String message) {
            super(commandLine, message);
        }
    }

    /**
     * The language asked on the command line. It is read from the raw arguments because a command line that
     * does not parse has no parsed {@code --lang}.
     */
    static Messages messages(String... args) {
        return Messages.forLanguage(language(args));
    }

    /** {@code en} when the raw arguments ask for English, else {@code fr}. */
    static String language(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equalsIgnoreCase("--lang=en")
                    || args[i].equals("--lang") && i + 1 < args.length && args[i + 1].equalsIgnoreCase("en")) {
                return "en";
            }
        }
        return "fr";
    }

    /** A usage error when a whole-number option is below its minimum (picocli only checks that it is a number). */
    static void requireAtLeast(CommandSpec spec, String option, int value, int minimum, Messages m) {
        if (value < minimum) {
            throw new Localized(spec.commandLine(), m.get("usage.atLeast", option, String.valueOf(value),
                    String.valueOf(minimum)));
        }
    }

    /** {@code --shard I/N}, or a usage error (exit 2) saying the form expected. */
    static Shard shard(CommandSpec spec, String text, Messages m) {
        try {
            return Shard.parse(text);
        }
        catch (IllegalArgumentException e) {
            throw new Localized(spec.commandLine(), m.get("shard.invalid", text));
        }
    }

    /** One line saying what is wrong, naming the offending option or value. */
    static String describe(ParameterException ex, Messages m) {
        if (ex instanceof Localized) {
            return ex.getMessage();
        }
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched, m);
        }
        if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec spec = missing.getMissing().get(0);
            return spec instanceof OptionSpec option
                    ? m.get("usage.missingValue", option.longestName(), option.paramLabel())
                    : m.get("usage.missingParameter", spec.paramLabel());
        }
        if (ex instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() != null) {
            return m.get("usage.repeatedOption", name(overwritten.getOverwritten()));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return invalidValue(ex.getArgSpec(), ex.getValue(), m);
        }
        if (ex.getArgSpec() == null && ex.getValue() != null) {
            // The help command's "Unknown subcommand" is the only one picocli throws with a value and no option.
            return m.get("usage.unknownCommand", ex.getValue());
        }
        return m.get("usage.invalid", ex.getMessage());
    }

    private static String unmatched(UnmatchedArgumentException ex, Messages m) {
        List<String> args = ex.getUnmatched();
        String line;
        if (ex.isUnknownOption()) {
            line = m.get("usage.unknownOption", quoted(args, m));
        }
        else if (!ex.getCommandLine().getSubcommands().isEmpty() && !args.isEmpty()) {
            // Commands that have subcommands take no other argument: the first word is a mistyped command.
            line = m.get("usage.unknownCommand", args.get(0));
        }
        else {
            line = m.get("usage.extraArguments", quoted(args, m));
        }
        // Picocli suggests the least unlike names even when none is close ("frobnicate" → "validate"): only a
        // near miss, a typo or two, is worth suggesting.
        String typed = args.isEmpty() ? "" : args.get(0);
        List<String> close = ex.getSuggestions().stream()
                .filter(s -> distance(typed, s) <= Math.max(2, s.length() / 3)).limit(3).toList();
        return close.isEmpty() ? line : m.get("usage.didYouMean", line, quoted(close, m));
    }

    /** Edit distance (insertions, deletions, substitutions, swaps of neighbours count as one each). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static String invalidValue(ArgSpec spec, String value, Messages m) {
        List<String> choices = new ArrayList<>();
        if (spec.completionCandidates() != null) {
            spec.completionCandidates().forEach(choices::add);
        }
        Class<?> type = spec.type();
        if (!choices.isEmpty()) {
            return m.get("usage.notAChoice", name(spec), value, String.join(", ", choices));
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return m.get("usage.notAnInteger", name(spec), value);
        }
        if (type == boolean.class || type == Boolean.class) {
            return m.get("usage.notABoolean", name(spec), value);
        }
        return m.get("usage.invalidValue", name(spec), value);
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    private static String quoted(List<String> values, Messages m) {
        return values.stream().map(v -> m.get("usage.quoted", v)).collect(Collectors.joining(", "));
    }
}
