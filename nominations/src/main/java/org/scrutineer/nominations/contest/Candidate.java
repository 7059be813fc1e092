package org.scrutineer.nominations.contest;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A declared candidate. Nominations name candidates by {@link #name()}, which must match exactly.
 *
 * @param name as nominations must write it, e.g. {@code Owen Smith}
 * @param incumbent the leader in office, challenged (only in the challenge variant)
 * @param withdrewAt when the candidate withdrew from the contest, if they did (Angela Eagle, 19 July
 *     2016): a withdrawn candidate is never nominated and nominations of them never count
 */
public record Candidate(String name, boolean incumbent, Optional<OffsetDateTime> withdrewAt) {
  public Candidate {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || !name.equals(name.strip())) {
      throw new IllegalArgumentException("candidate name must be non-blank without surrounding spaces: \"" + name + "\"");
    }
    Objects.requireNonNull(withdrewAt, "withdrewAt");
  }

  /** A candidate standing, not the incumbent. */
  public static Candidate challenger(String name) {
    return new Candidate(name, false, Optional.empty());
  }

  /** The leader in office. */
  public static Candidate incumbent(String name) {
    return new Candidate(name, true, Optional.empty());
  }

  /** This candidate, withdrawn at {@code at}. */
  public Candidate withdrawnAt(OffsetDateTime at) {
    return new Candidate(name, incumbent, Optional.of(at));
  }

  public boolean withdrew() {
    return withdrewAt.isPresent();
  }
}
