package org.scrutineer.electorate.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.electorate.register.MemberStatus;

/**
 * Who among the members may vote.
 *
 * @param freezeDate members must have joined on or before it (2016: 12 January, the date the NEC set
 *     and the Court of Appeal upheld in Evangelou v McNicol); empty for no freeze date
 * @param minimumMonths months of membership needed by the reference date; empty for none
 * @param arrearsGraceDays a member paid up to at least this many days before the reference date is
 *     not in arrears
 * @param suspendedMayVote whether a member suspended on the reference date votes
 * @param statuses the standings that may vote (normally only {@code active})
 */
public record MemberRules(
    boolean enabled,
    Optional<LocalDate> freezeDate,
    Optional<Integer> minimumMonths,
    int arrearsGraceDays,
    boolean suspendedMayVote,
    Set<MemberStatus> statuses) {
  public MemberRules {
    Objects.requireNonNull(freezeDate, "freezeDate");
    Objects.requireNonNull(minimumMonths, "minimumMonths");
    statuses = Set.copyOf(statuses);
  }
}
