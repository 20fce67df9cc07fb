package dev.concord.cli;

import dev.concord.service.AppVersion;
import picocli.CommandLine;

/** Prints the Concord version from the jar manifest or the build. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"concord " + AppVersion.current()};
    }
}
