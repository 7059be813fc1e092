package org.scrutineer.electorate.register;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the extracts say, before people are linked: CLPs, every membership record of every
 * kind, and the exclusions. Keys are unique within the register (the importer reports duplicates).
 */
public record Register(Map<String, Clp> clps, List<MembershipRecord> records, List<Exclusion> exclusions) {
  public Register {
    clps = Collections.unmodifiableMap(new TreeMap<>(clps));
    records = List.copyOf(records);
    exclusions = List.copyOf(exclusions);
  }

  public static Register of(List<Clp> clps, List<MembershipRecord> records, List<Exclusion> exclusions) {
    return new Register(clps.stream().collect(Collectors.toMap(Clp::code, Function.identity())), records, exclusions);
  }
}
