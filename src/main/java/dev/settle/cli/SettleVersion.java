package dev.settle.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest. */
class SettleVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = SettleVersion.class.getPackage().getImplementationVersion();
        return new String[] {"settle " + (version == null ? "(development build)" : version)};
    }
}
