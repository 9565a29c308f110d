package fr.fichesmetiers.jobs;

import java.io.PrintWriter;

import picocli.CommandLine;

/** Creates commands, handing those that need them the lazily started Spring context and the output. */
final class CommandFactory implements CommandLine.IFactory {

    private final SpringContext spring;
    private final PrintWriter out;

    CommandFactory(SpringContext spring, PrintWriter out) {
        this.spring = spring;
        this.out = out;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return type.getDeclaredConstructor(SpringContext.class, PrintWriter.class).newInstance(spring, out);
        }
        catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
