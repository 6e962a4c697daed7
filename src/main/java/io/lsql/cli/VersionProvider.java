package io.lsql.cli;

import io.lsql.core.Version;
import picocli.CommandLine;

/** Prints the version Maven wrote into the build. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"lsql " + Version.current(), "Java " + System.getProperty("java.version")};
    }
}
