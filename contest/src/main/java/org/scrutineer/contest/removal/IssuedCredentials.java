package org.scrutineer.contest.removal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every credential issued in a contest, by voter; each voter and each public credential appears once. */
public final class IssuedCredentials {
  private final Map<String, IssuedCredential> byVoter = new HashMap<>();

  /** @throws IllegalArgumentException if a voter or a public credential appears twice */
  public IssuedCredentials(List<IssuedCredential> issued) {
    Map<String, String> voterOfCredential = new HashMap<>();
    for (IssuedCredential credential : issued) {
      if (byVoter.putIfAbsent(credential.voter(), credential) != null) {
        throw new IllegalArgumentException("voter " + credential.voter() + " was issued two credentials");
      }
      String other = voterOfCredential.putIfAbsent(credential.credential(), credential.voter());
      if (other != null) {
        throw new IllegalArgumentException("voters " + other + " and " + credential.voter() + " share a public credential");
      }
    }
  }

  public Optional<IssuedCredential> of(String voter) {
    return Optional.ofNullable(byVoter.get(voter));
  }

  public int size() {
    return byVoter.size();
  }
}
