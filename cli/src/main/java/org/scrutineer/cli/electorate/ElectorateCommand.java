package org.scrutineer.cli.electorate;

import picocli.CommandLine.Command;

/**
 * {@code scrutineer electorate …}: who may vote, in which section, and why (docs/electorate.md).
 * Every command reads the register either from the store an import filled ({@code --store}) or
 * straight from a directory of CSV extracts ({@code --extracts}, nothing stored), and rules from a
 * ruleset file (docs/formats/ruleset.md).
 */
@Command(
    name = "electorate",
    mixinStandardHelpOptions = true,
    description = "Eligibility: import the register, evaluate rules, explain a decision, diff two rulesets, export voter lists.",
    subcommands = {ImportCommand.class, HistoryCommand.class, EvaluateCommand.class, ExplainCommand.class, DiffCommand.class, StatsCommand.class, ExportCommand.class})
public final class ElectorateCommand {}
