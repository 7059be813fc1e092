package org.scrutineer.contest.removal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What {@code scrutineer contest remove} is asked, before it is checked: whose vote, why, on whose
 * authority, decided when. Any of it may be wrong; {@link RemovalLog#add} says what.
 *
 * @param voter the voter's id as in the electorate's voter list (never published)
 * @param reason why, e.g. {@code intimidation of other voters (rule 2.II.4)}
 * @param authority who decided, e.g. {@code NEC disputes panel}
 * @param decided the day the authority decided
 */
public record RemovalRequest(String voter, String reason, String authority, LocalDate decided) {
  public RemovalRequest {
    Objects.requireNonNull(voter, "voter");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(decided, "decided");
  }
}
