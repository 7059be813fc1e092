package org.scrutineer.cli.demo;

import picocli.CommandLine.Command;

/** {@code scrutineer demo …}: end-to-end runs that show the system working on this machine. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "End-to-end demonstrations.",
    subcommands = {DemoElectionCommand.class})
public final class DemoCommand {}
