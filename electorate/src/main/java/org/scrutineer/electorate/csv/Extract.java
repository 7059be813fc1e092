package org.scrutineer.electorate.csv;

import java.util.List;
import java.util.Optional;
import org.scrutineer.electorate.register.AffiliatedSupporterRecord;
import org.scrutineer.electorate.register.Clp;
import org.scrutineer.electorate.register.Exclusion;
import org.scrutineer.electorate.register.MemberRecord;
import org.scrutineer.electorate.register.RegisteredSupporterRecord;

/**
 * What one import brings: for each kind of extract given, its complete list (an extract is a
 * snapshot of that kind: the store replaces the kind's previous snapshot, logging each change).
 * Kinds not given are empty and left as they were.
 */
public record Extract(
    Optional<List<Clp>> clps,
    Optional<List<MemberRecord>> members,
    Optional<List<RegisteredSupporterRecord>> registeredSupporters,
    Optional<List<AffiliatedSupporterRecord>> affiliatedSupporters,
    Optional<List<Exclusion>> exclusions) {
  public Extract {
    clps = clps.map(List::copyOf);
    members = members.map(List::copyOf);
    registeredSupporters = registeredSupporters.map(List::copyOf);
    affiliatedSupporters = affiliatedSupporters.map(List::copyOf);
    exclusions = exclusions.map(List::copyOf);
  }
}
