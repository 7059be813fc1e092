package org.scrutineer.cli.contest;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code scrutineer contest init}: Start a contest in --dir: its name and eligibility ruleset (docs/contest.md). */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Start a contest in --dir: its name and eligibility ruleset (docs/contest.md).")
public final class InitCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin ContestOptions contest;

  @Option(names = "--name", required = true, paramLabel = "NAME", description = "The contest's name, e.g. \"Labour leadership 2016\".")
  String name;

  @Option(names = "--rules", required = true, paramLabel = "FILE", description = "The eligibility ruleset (docs/formats/ruleset.md), kept as rules/electorate.json.")
  java.nio.file.Path rules;

  public InitCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    java.nio.file.Files.createDirectories(environment.resolve(contest.dir));
    byte[] bytes = java.nio.file.Files.readAllBytes(environment.resolve(rules.toString()));
    return contest.step(environment, runner -> runner.init(name, rules.toString(), bytes));
  }
}
