package org.scrutineer.electorate.linking;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.scrutineer.electorate.register.Clp;

/**
 * The register as people: every record belongs to exactly one person. People come in id order,
 * CLPs in code order.
 *
 * @param nearMatches pairs of people that may be one, for review
 */
public record LinkedRegister(Map<String, Clp> clps, List<Person> people, List<NearMatch> nearMatches) {
  public LinkedRegister {
    clps = Collections.unmodifiableMap(new TreeMap<>(clps)); // code order, as the register keeps them
    people = List.copyOf(people);
    nearMatches = List.copyOf(nearMatches);
  }

  public Optional<Clp> clp(String code) {
    return Optional.ofNullable(clps.get(code));
  }
}
