package fr.fichesmetiers.jobs.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (development builds say so). */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"fiches-metiers " + (version == null ? "(development build)" : version)};
    }
}
