package org.scrutineer.cli.nominations;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;
import org.scrutineer.nominations.contest.Candidate;
import org.scrutineer.nominations.contest.Timestamps;
import org.scrutineer.nominations.parliamentary.NominationDecision;
import org.scrutineer.nominations.parliamentary.NominatorRegister;
import org.scrutineer.nominations.parliamentary.WithdrawalDecision;
import org.scrutineer.nominations.result.NominationResult;
import org.scrutineer.nominations.supporting.AffiliateDecision;
import org.scrutineer.nominations.supporting.ClpDecision;
import org.scrutineer.nominations.tally.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code scrutineer nominations explain [CANDIDATE…] [--nominator ID…]}: every nomination of the
 * candidates (or by the nominators), counted or not, with its source line and the reason, then the
 * withdrawals and supporting nominations concerned. With neither, every candidate, including names
 * that nominations used but the rules do not declare.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Show every nomination of CANDIDATE (or by --nominator), counted or rejected, and why.",
      "Example: scrutineer nominations explain \"Owen Smith\" --rules R.json --nominators N.csv --nominations M.csv"
    })
public final class ExplainCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Spec private CommandSpec spec;

  @Mixin private NominationFiles files;

  @Parameters(paramLabel = "CANDIDATE", arity = "0..*", description = "Candidates to explain, named as the rules declare them (default: all).")
  private List<String> candidates = new ArrayList<>();

  @Option(names = "--candidate", paramLabel = "CANDIDATE", description = "Another candidate to explain (same as a CANDIDATE argument).")
  private List<String> candidateOptions = new ArrayList<>();

  @Option(names = "--nominator", paramLabel = "ID", description = "Explain everything this nominator did instead (may be repeated).")
  private List<String> nominators = new ArrayList<>();

  public ExplainCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    ReadingProgress progress = new ReadingProgress(environment, environment.clock());
    NominationFiles.Loaded loaded = files.load(environment, progress);
    NominationResult result = Tally.count(loaded.input(), loaded.rules());
    PrintWriter out = spec.commandLine().getOut();
    NominatorRegister register = loaded.input().register();
    if (!nominators.isEmpty()) {
      for (String id : nominators) {
        if (register.find(id).isEmpty()) {
          throw new CommandFailure("--nominator " + id + " is not in the nominators file");
        }
      }
      for (String id : nominators) {
        nominator(out, result, register, id);
      }
      out.flush();
      return 0;
    }
    for (String name : chosen(result)) {
      candidate(out, result, register, name);
    }
    out.flush();
    return 0;
  }

  /** The candidates asked for, each checked to be declared or at least named by some nomination. */
  private List<String> chosen(NominationResult result) {
    Set<String> named = new LinkedHashSet<>();
    result.rules().contest().candidates().stream().map(Candidate::name).forEach(named::add);
    result.parliamentary().nominations().forEach(d -> named.add(d.nomination().candidate()));
    result.supporting().clps().forEach(d -> named.add(d.nomination().candidate()));
    result.supporting().affiliates().forEach(d -> named.add(d.nomination().candidate()));
    List<String> asked = new ArrayList<>(candidates);
    asked.addAll(candidateOptions);
    if (asked.isEmpty()) {
      return List.copyOf(named);
    }
    for (String name : asked) {
      if (!named.contains(name)) {
        throw new CommandFailure(result.rules().contest().notACandidate(name) + ", and no nomination names them");
      }
    }
    return asked;
  }

  private static void candidate(PrintWriter out, NominationResult result, NominatorRegister register, String name) {
    result.candidate(name).ifPresentOrElse(
        outcome -> ResultText.reasons(out, outcome),
        () -> out.println(name + ": " + result.rules().contest().notACandidate(name)));
    List<NominationDecision> nominations = result.parliamentary().nominations().stream()
        .filter(d -> d.nomination().candidate().equals(name)).toList();
    long counted = nominations.stream().filter(NominationDecision::counted).count();
    out.println("  Parliamentary nominations of " + name + ": " + nominations.size() + ", " + counted + " counted");
    nominations.forEach(d -> out.println("    " + nomination(d, register)));
    Set<String> nominatorsOf = new LinkedHashSet<>();
    nominations.forEach(d -> nominatorsOf.add(d.nomination().nominatorId()));
    List<WithdrawalDecision> withdrawals = result.parliamentary().withdrawals().stream()
        .filter(d -> nominatorsOf.contains(d.withdrawal().nominatorId())).toList();
    if (!withdrawals.isEmpty()) {
      out.println("  Withdrawals by those nominators: " + withdrawals.size());
      withdrawals.forEach(d -> out.println("    " + withdrawal(d, register)));
    }
    List<ClpDecision> clps = result.supporting().clps().stream().filter(d -> d.nomination().candidate().equals(name)).toList();
    if (!clps.isEmpty()) {
      out.println("  CLP nominations of " + name + ": " + clps.size() + ", " + clps.stream().filter(ClpDecision::counted).count() + " counted");
      clps.forEach(d -> out.println("    " + clp(d)));
    }
    List<AffiliateDecision> affiliates = result.supporting().affiliates().stream()
        .filter(d -> d.nomination().candidate().equals(name)).toList();
    if (!affiliates.isEmpty()) {
      out.println("  Affiliate nominations of " + name + ": " + affiliates.size() + ", "
          + affiliates.stream().filter(AffiliateDecision::counted).count() + " counted");
      affiliates.forEach(d -> out.println("    " + affiliate(d)));
    }
    out.println();
  }

  private static void nominator(PrintWriter out, NominationResult result, NominatorRegister register, String id) {
    out.println(register.find(id).orElseThrow().describe());
    List<NominationDecision> nominations = result.parliamentary().nominations().stream()
        .filter(d -> d.nomination().nominatorId().equals(id)).toList();
    out.println("  Nominations: " + nominations.size() + (nominations.stream().anyMatch(NominationDecision::counted)
        ? ", one counted" : ", none counted"));
    nominations.forEach(d -> out.println("    " + nomination(d, register)));
    result.parliamentary().withdrawals().stream().filter(d -> d.withdrawal().nominatorId().equals(id))
        .forEach(d -> out.println("    " + withdrawal(d, register)));
    out.println();
  }

  /** {@code counted  nominations.csv:17  MP 001 (mp-001, MP) nominated Owen Smith at …: counts for …}. */
  private static String nomination(NominationDecision decision, NominatorRegister register) {
    var nomination = decision.nomination();
    String who = register.find(nomination.nominatorId()).map(n -> n.describe()).orElse(nomination.nominatorId());
    return String.format("%-18s %s  %s nominated %s at %s: %s", decision.reason().code(), where(nomination.source()), who,
        nomination.candidate(), Timestamps.show(nomination.at()), decision.explanation());
  }

  private static String withdrawal(WithdrawalDecision decision, NominatorRegister register) {
    var withdrawal = decision.withdrawal();
    String who = register.find(withdrawal.nominatorId()).map(n -> n.describe()).orElse(withdrawal.nominatorId());
    return String.format("%-18s %s  %s withdrew at %s: %s", "withdrawal " + decision.effect().code(), where(withdrawal.source()), who,
        Timestamps.show(withdrawal.at()), decision.explanation());
  }

  private static String clp(ClpDecision decision) {
    var nomination = decision.nomination();
    return String.format("%-18s %s  %s, meeting on %s: %s", decision.reason().code(), where(nomination.source()), nomination.clp(),
        nomination.meetingOn(), decision.explanation());
  }

  private static String affiliate(AffiliateDecision decision) {
    var nomination = decision.nomination();
    return String.format("%-18s %s  %s (%s, %s affiliated members): %s", decision.reason().code(), where(nomination.source()),
        nomination.affiliate(), nomination.kind().words(), ResultText.number(nomination.affiliatedMembers()), decision.explanation());
  }

  private static String where(String source) {
    return source.isEmpty() ? "-" : source;
  }
}
