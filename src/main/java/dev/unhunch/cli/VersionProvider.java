package dev.unhunch.cli;

import dev.unhunch.core.AppInfo;
import picocli.CommandLine.IVersionProvider;

/** Supplies {@code --version} output from the build-stamped version. */
public class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {AppInfo.NAME + " " + AppInfo.version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
