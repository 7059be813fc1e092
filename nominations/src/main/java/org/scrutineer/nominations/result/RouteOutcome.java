package org.scrutineer.nominations.result;

import java.util.List;
import java.util.Objects;

/**
 * A supporting-nomination route (CLPs, affiliates) for one candidate: passed when every one of its
 * checks passed.
 *
 * @param route {@code CLP route} or {@code affiliate route}
 */
public record RouteOutcome(String route, List<Check> checks) {
  public RouteOutcome {
    Objects.requireNonNull(route, "route");
    checks = List.copyOf(checks);
  }

  public boolean passed() {
    return checks.stream().allMatch(Check::passed);
  }
}
