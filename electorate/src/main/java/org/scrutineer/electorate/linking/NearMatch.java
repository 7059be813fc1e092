package org.scrutineer.electorate.linking;

import java.util.Objects;
import org.scrutineer.electorate.register.RecordKey;

/**
 * Two records that may belong to one person but were not linked, for an officer to review: never
 * merged silently, since merging two real people would take a vote from one of them.
 *
 * @param why what matched and what differed, e.g. "same name and postcode, different e-mail"
 */
public record NearMatch(RecordKey first, RecordKey second, String why) {
  public NearMatch {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(why, "why");
  }
}
