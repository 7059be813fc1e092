package org.scrutineer.nominations.contest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The contest the nominations are for: its candidates and when nominations close.
 *
 * @param title e.g. {@code Labour Party leadership election 2016}
 * @param parliamentaryClose the moment parliamentary nominations (and their withdrawals) close; a
 *     nomination or withdrawal made at this very moment is in time, one after it is not
 * @param supportingClose the last day (inclusive) on which CLP meetings may make supporting
 *     nominations, if there is one; without it every meeting date is in time
 * @param candidates declared candidates, in the order results list them; names unique, at most one
 *     incumbent
 */
public record Contest(
    String title, OffsetDateTime parliamentaryClose, Optional<LocalDate> supportingClose, List<Candidate> candidates) {
  public Contest {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(parliamentaryClose, "parliamentaryClose");
    Objects.requireNonNull(supportingClose, "supportingClose");
    candidates = List.copyOf(candidates);
    Set<String> names = new HashSet<>();
    for (Candidate candidate : candidates) {
      if (!names.add(candidate.name())) {
        throw new IllegalArgumentException("candidate " + candidate.name() + " is declared twice");
      }
    }
    if (candidates.stream().filter(Candidate::incumbent).count() > 1) {
      throw new IllegalArgumentException("at most one candidate can be the incumbent");
    }
  }

  /** The declared candidate called exactly {@code name}. */
  public Optional<Candidate> candidate(String name) {
    return candidates.stream().filter(candidate -> candidate.name().equals(name)).findFirst();
  }

  /** The incumbent, if one is standing. */
  public Optional<Candidate> incumbent() {
    return candidates.stream().filter(Candidate::incumbent).findFirst();
  }

  /**
   * Why {@code name} is not a declared candidate, with the nearest declared name when only case or
   * spacing differs (nominations must name a candidate exactly).
   */
  public String notACandidate(String name) {
    String declared = String.join(", ", candidates.stream().map(Candidate::name).toList());
    Optional<Candidate> close = candidates.stream()
        .filter(candidate -> squeeze(candidate.name()).equalsIgnoreCase(squeeze(name)))
        .findFirst();
    return "\"" + name + "\" is not a declared candidate"
        + close.map(candidate -> " (did you mean \"" + candidate.name() + "\"? names must match exactly)").orElse("")
        + "; declared: " + (declared.isEmpty() ? "none" : declared);
  }

  private static String squeeze(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
