package org.scrutineer.contest.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.scrutineer.electorate.register.Section;

/**
 * What one section's ballot box received, beside what its counted archive gives the result ({@link
 * org.scrutineer.contest.result.ResultLine}): the scrutineer's report needs both.
 *
 * @param received every ballot accepted into the cast archive ({@code Ballot} events), revotes included
 * @param cast voters with at least one accepted ballot: the ballots Belenios would count, one per
 *     credential, before removals
 * @param rejected ballots refused at casting, by reason; listed most frequent first, then by reason
 */
public record SectionBallots(Section section, long received, long cast, List<Rejected> rejected) {
  private static final Comparator<Rejected> ORDER =
      Comparator.comparingLong(Rejected::ballots).reversed().thenComparing(Rejected::reason);

  public SectionBallots {
    Objects.requireNonNull(section, "section");
    if (cast < 0 || received < cast) {
      throw new IllegalArgumentException(section + ": " + cast + " voters cast but " + received + " ballots received");
    }
    if (rejected.stream().map(Rejected::reason).distinct().count() != rejected.size()) {
      throw new IllegalArgumentException(section + ": a rejection reason is given twice");
    }
    rejected = rejected.stream().sorted(ORDER).toList();
  }

  /** From {@code rejections.json}'s reasons counted, in any map order. */
  public static SectionBallots of(Section section, long received, long cast, Map<String, Long> rejected) {
    return new SectionBallots(section, received, cast, ordered(rejected));
  }

  /** Reasons and their counts, most frequent first, then by reason. */
  static List<Rejected> ordered(Map<String, Long> rejected) {
    return rejected.entrySet().stream().map(entry -> new Rejected(entry.getKey(), entry.getValue())).sorted(ORDER).toList();
  }

  /** Ballots refused at casting, all reasons together. */
  public long rejectedTotal() {
    return rejected.stream().mapToLong(Rejected::ballots).sum();
  }

  /** Ballots received and then superseded by the same voter's later ballot. */
  public long superseded() {
    return received - cast;
  }
}
