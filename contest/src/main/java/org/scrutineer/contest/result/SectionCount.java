package org.scrutineer.contest.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.scrutineer.electorate.register.Section;

/**
 * What one section's verified election gives the published result: how many credentials were issued
 * and removed, each candidate's votes and the spoilt ballots among the counted ones.
 *
 * @param issued credentials issued at {@code open} (the section's voters)
 * @param removed credentials whose ballots the tally left out ({@code removals.json})
 * @param votes each candidate's votes, in ballot order
 * @param spoilt counted ballots that give no candidate a vote: blank votes, and ballots a ranked
 *     count sets aside as invalid
 */
public record SectionCount(Section section, long issued, long removed, Map<String, Long> votes, long spoilt) {
  public SectionCount {
    Objects.requireNonNull(section, "section");
    if (issued < 0 || removed < 0 || spoilt < 0 || votes.values().stream().anyMatch(v -> v < 0)) {
      throw new IllegalArgumentException(section + ": counts are never negative");
    }
    votes = Collections.unmodifiableMap(new LinkedHashMap<>(votes));
  }

  /** The votes for candidates. */
  public long valid() {
    return votes.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The counted ballots: valid votes and spoilt ballots. */
  public long ballots() {
    return valid() + spoilt;
  }
}
