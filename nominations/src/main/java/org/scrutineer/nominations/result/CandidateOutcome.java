package org.scrutineer.nominations.result;

import java.util.List;
import java.util.Objects;
import org.scrutineer.nominations.supporting.SupportTally;

/**
 * One declared candidate's result: whether they are validly nominated and why.
 *
 * @param why one sentence per reason, e.g. {@code parliamentary: 51 of 254 MPs and MEPs needed
 *     (20% = 50.8, rounded up): has 172} and {@code supporting nominations: counted, not required}
 * @param mps counted parliamentary nominations from MPs
 * @param meps counted parliamentary nominations from MEPs
 * @param parliamentary the parliamentary threshold applied to {@code mps + meps} (shown for the
 *     incumbent too, though an automatic incumbent does not need it)
 * @param routes the supporting routes the rules give, each checked
 */
public record CandidateOutcome(
    String candidate,
    boolean incumbent,
    Standing standing,
    List<String> why,
    long mps,
    long meps,
    Check parliamentary,
    SupportTally support,
    List<RouteOutcome> routes) {
  public CandidateOutcome {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(standing, "standing");
    why = List.copyOf(why);
    Objects.requireNonNull(parliamentary, "parliamentary");
    Objects.requireNonNull(support, "support");
    routes = List.copyOf(routes);
  }

  public boolean nominated() {
    return standing == Standing.NOMINATED;
  }

  /** Counted parliamentary nominations. */
  public long parliamentaryNominations() {
    return mps + meps;
  }
}
