package org.scrutineer.contest.removal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.contest.error.RemovalRefused;
import org.scrutineer.electorate.register.Section;

/**
 * The votes removed after credentials were issued, in the order they were recorded: what {@code
 * removals.json} publishes and the tally leaves out (docs/adr/0012-contest-design.md). A removal is
 * accepted only with a reason and an authority, for a voter who holds a credential in this contest
 * and was not removed already, decided no later than today.
 */
public record RemovalLog(List<VoteRemoval> removals) {
  public RemovalLog {
    removals = List.copyOf(removals);
    Set<String> credentials = new HashSet<>();
    for (int i = 0; i < removals.size(); i++) {
      VoteRemoval removal = removals.get(i);
      if (removal.number() != i + 1) {
        throw new IllegalArgumentException("removal " + (i + 1) + " is numbered " + removal.number());
      }
      if (!credentials.add(removal.credential())) {
        throw new IllegalArgumentException("removal " + removal.number() + " removes credential " + removal.credential() + " a second time");
      }
    }
  }

  public static RemovalLog empty() {
    return new RemovalLog(List.of());
  }

  /**
   * The log with {@code request} recorded, or every reason it cannot be.
   *
   * @param issued the credentials issued at {@code open}, by voter
   * @param today the day the removal is recorded (a decision cannot come later)
   */
  public Outcome add(RemovalRequest request, IssuedCredentials issued, LocalDate today) {
    List<RemovalRefused> problems = new ArrayList<>();
    String voter = request.voter().strip();
    textProblem(request.reason()).ifPresent(problem ->
        problems.add(new RemovalRefused(voter, "reason", problem, "say why the vote is removed, e.g. the rule broken")));
    textProblem(request.authority()).ifPresent(problem ->
        problems.add(new RemovalRefused(voter, "authority", problem, "name who decided, e.g. the NEC disputes panel")));
    if (request.decided().isAfter(today)) {
      problems.add(new RemovalRefused(voter, "decided", request.decided() + " is after today, " + today,
          "give the day the authority decided"));
    }
    Optional<IssuedCredential> credential = issued.of(voter);
    if (voter.isEmpty()) {
      problems.add(new RemovalRefused(voter, "voter", "is empty", "give the voter's id as in the electorate's voter list"));
    } else if (credential.isEmpty()) {
      problems.add(new RemovalRefused(voter, "voter", "holds no credential in this contest",
          "give the id as in the electorate's voter list; someone without a credential has no vote to remove"));
    } else {
      removalOf(credential.get().credential()).ifPresent(earlier -> problems.add(new RemovalRefused(voter, "voter",
          "was removed already (removal " + earlier.number() + ", decided " + earlier.decided() + " by " + earlier.authority() + ")",
          "nothing more to do")));
    }
    if (!problems.isEmpty()) {
      return new Refused(problems);
    }
    IssuedCredential found = credential.orElseThrow();
    VoteRemoval removal = new VoteRemoval(removals.size() + 1, found.section(), found.credential(),
        request.reason().strip(), request.authority().strip(), request.decided());
    List<VoteRemoval> next = new ArrayList<>(removals);
    next.add(removal);
    return new Recorded(new RemovalLog(next), removal);
  }

  public Optional<VoteRemoval> removalOf(String credential) {
    return removals.stream().filter(removal -> removal.credential().equals(credential)).findFirst();
  }

  /** The public credentials whose ballots {@code section}'s tally leaves out. */
  public Set<String> removedCredentials(Section section) {
    Set<String> credentials = new HashSet<>();
    removals.stream().filter(removal -> removal.section() == section).forEach(removal -> credentials.add(removal.credential()));
    return Set.copyOf(credentials);
  }

  /** Why {@code text} cannot be a reason or an authority: empty, or more than one line. */
  static Optional<String> textProblem(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of("is empty");
    }
    if (text.strip().chars().anyMatch(Character::isISOControl)) {
      return Optional.of("is not one line of text");
    }
    return Optional.empty();
  }

  /** What {@link #add} gives: the new log and its new entry, or every problem with the request. */
  public sealed interface Outcome permits Recorded, Refused {}

  public record Recorded(RemovalLog log, VoteRemoval removal) implements Outcome {}

  public record Refused(List<RemovalRefused> problems) implements Outcome {
    public Refused {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a refusal says why");
      }
    }
  }
}
