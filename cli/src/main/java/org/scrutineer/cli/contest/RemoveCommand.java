package org.scrutineer.cli.contest;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;
import java.time.LocalDate;
import org.scrutineer.contest.removal.RemovalRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code scrutineer contest remove}: Remove a voter's vote after credentials were issued: recorded with reason, authority and date in removals.json (the credential, never the voter); its ballots are then refused and never counted. */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a voter's vote after credentials were issued: recorded with reason, authority and date in removals.json (the credential, never the voter); its ballots are then refused and never counted.")
public final class RemoveCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin ContestOptions contest;

  @Option(names = "--voter", required = true, paramLabel = "ID", description = "The voter's id, as in the electorate's voter list.")
  String voter;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, e.g. the rule broken.")
  String reason;

  @Option(names = "--authority", required = true, paramLabel = "TEXT", description = "Who decided, e.g. \"NEC disputes panel\".")
  String authority;

  @Option(names = "--decided", required = true, paramLabel = "YYYY-MM-DD", description = "The day the authority decided.")
  LocalDate decided;

  public RemoveCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    return contest.step(environment, runner -> runner.remove(new RemovalRequest(voter, reason, authority, decided)));
  }
}
