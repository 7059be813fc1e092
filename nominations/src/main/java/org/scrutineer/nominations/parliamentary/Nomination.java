package org.scrutineer.nominations.parliamentary;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A parliamentary nomination as made: who nominated whom, when.
 *
 * @param nominatorId the {@link Nominator#id()} of the nominator
 * @param candidate the name of the candidate nominated, as written (it may not be a declared
 *     candidate: then the nomination does not count, and the decision says so)
 * @param at when it was made; compared as an instant
 * @param source where it came from, for explanations, e.g. {@code nominations.csv:17}; empty when
 *     not known
 */
public record Nomination(String nominatorId, String candidate, OffsetDateTime at, String source) {
  public Nomination {
    Objects.requireNonNull(nominatorId, "nominatorId");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(source, "source");
  }
}
