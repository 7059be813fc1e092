package org.scrutineer.cli.demo;

import picocli.CommandLine.Command;

/**
 * {@code scrutineer demo …}: end-to-end runs that show the system working on this machine, and the
 * synthetic data they need.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "End-to-end demonstrations, and synthetic data for them.",
    subcommands = {DemoContestCommand.class, DemoElectionCommand.class, DemoRegisterCommand.class, DemoBallotsCommand.class})
public final class DemoCommand {}
