package fr.fichesmetiers.jobs.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

/**
 * Creates the picocli commands, handing those that need them the Spring launcher and the output. A command
 * holds its options; once they are parsed and checked, it hands them to a Spring bean that has its collaborators
 * by constructor injection.
 */
final class CommandFactory implements CommandLine.IFactory {

    private final SpringLauncher spring;
    private final PrintWriter out;

    CommandFactory(SpringLauncher spring, PrintWriter out) {
        this.spring = spring;
        this.out = out;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return type.getDeclaredConstructor(SpringLauncher.class, PrintWriter.class).newInstance(spring, out);
        }
        catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
