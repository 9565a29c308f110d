package fr.fichesmetiers.launcher;

import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The jar's {@code Main-Class}. Compiled for Java 8, so that whatever Java runs the jar gets one line saying which
 * Java is needed instead of an {@code UnsupportedClassVersionError}; on Java 21 or newer it hands over to Spring
 * Boot's own launcher, which starts the application. Its two sentences are here rather than in the messages
 * bundles: those live in the application's classes, which an old Java cannot load.
 */
public final class JavaVersionCheck {

    /** The Java the application's classes are compiled for. */
    static final int REQUIRED = 21;
    /** Exit code of a wrong command line or configuration (the README's table). */
    static final int EXIT_WRONG_JAVA = 2;
    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    private JavaVersionCheck() {
    }

    public static void main(String[] args) throws Throwable {
        int version = feature(System.getProperty("java.specification.version"));
        if (version < REQUIRED) {
            PrintStream err = stderr();
            for (String line : message(version, System.getProperty("java.home"), language(args))) {
                err.println(line);
            }
            err.flush();
            System.exit(EXIT_WRONG_JAVA);
        }
        // A method handle rather than reflection: an exception of the application reaches the caller unwrapped.
        MethodHandle main = MethodHandles.publicLookup().findStatic(Class.forName(BOOT_LAUNCHER), "main",
                MethodType.methodType(void.class, String[].class));
        main.invokeExact(args);
    }

    /** {@code "1.8"} → 8, {@code "17"} → 17; 0 when unreadable, which is taken as too old. */
    static int feature(String specificationVersion) {
        if (specificationVersion == null) {
            return 0;
        }
        String v = specificationVersion.startsWith("1.") ? specificationVersion.substring(2) : specificationVersion;
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(v.substring(0, end));
    }

    /** The lines to print: the language of {@code --lang}, or both French and English when none is given. */
    static String[] message(int version, String javaHome, String language) {
        String french = "Fiches Métiers a besoin de Java " + REQUIRED + " ou plus récent ; celui-ci est Java "
                + version + " (" + javaHome + ").";
        String english = "Fiches Métiers needs Java " + REQUIRED + " or newer; this is Java " + version + " ("
                + javaHome + ").";
        if ("en".equals(language)) {
            return new String[] {english};
        }
        if ("fr".equals(language)) {
            return new String[] {french};
        }
        return new String[] {french, english};
    }

    /** The value of {@code --lang en} or {@code --lang=en} anywhere on the command line, lower case; else null. */
    static String language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1].toLowerCase(java.util.Locale.ROOT);
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length()).toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    /** Standard error, in UTF-8 where the system claims plain ASCII (no locale under cron), so accents survive. */
    private static PrintStream stderr() {
        String encoding = System.getProperty("sun.stderr.encoding", System.getProperty("file.encoding", ""));
        if (encoding.equalsIgnoreCase("ANSI_X3.4-1968") || encoding.equalsIgnoreCase("US-ASCII")
                || encoding.equalsIgnoreCase("ASCII")) {
            try {
                return new PrintStream(System.err, true, "UTF-8");
            }
            catch (UnsupportedEncodingException e) {
                return System.err;
            }
        }
        return System.err;
    }
}
