package org.scrutineer.contest.removal;

import java.time.LocalDate;
import java.util.Objects;
import org.scrutineer.electorate.register.Section;

/**
 * One entry of the public removal log, {@code removals.json}: the ballots signed with {@code
 * credential} in {@code section}'s election are not counted (docs/adr/0012-contest-design.md). It
 * names the public credential, never the voter, and says nothing about any vote.
 *
 * @param number 1-based, in the order removals were recorded
 * @param credential the public credential, in decimal, as in the {@code Setup} event and the ballots
 */
public record VoteRemoval(int number, Section section, String credential, String reason, String authority, LocalDate decided) {
  public VoteRemoval {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(decided, "decided");
    if (number < 1) {
      throw new IllegalArgumentException("removals are numbered from 1, got " + number);
    }
    if (credential == null || !credential.matches("[1-9][0-9]*")) {
      throw new IllegalArgumentException("removal " + number + ": not a public credential: \"" + credential + "\"");
    }
    if (RemovalLog.textProblem(reason).isPresent() || RemovalLog.textProblem(authority).isPresent()) {
      throw new IllegalArgumentException("removal " + number + ": reason and authority are one non-empty line each");
    }
  }
}
