package org.scrutineer.count.method.belenios;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What belenios-tool's {@code method stv} prints, field for field its {@code stv_result}.
 *
 * @param ballots the valid ballots as preference lists (0-based choices, best first), sorted
 * @param invalid the invalid ballots as given, sorted as OCaml compares arrays (shorter first)
 * @param events what happened, in order
 * @param winners in order elected
 * @param toolAssertion present when belenios-tool 2.0 would stop here instead of printing: its
 *     final check ({@code stv.ml} line 179) wants min(seats, choices) winners, with the number of
 *     choices taken from the first ballot, but candidates nobody ranks can never win
 */
public record BeleniosStvResult(
    List<List<Integer>> ballots, List<long[]> invalid, List<StvEvent> events, List<Integer> winners, Optional<String> toolAssertion) {
  public BeleniosStvResult {
    ballots = ballots.stream().map(List::copyOf).toList();
    invalid = invalid.stream().map(long[]::clone).toList();
    events = List.copyOf(events);
    winners = List.copyOf(winners);
    Objects.requireNonNull(toolAssertion, "toolAssertion");
  }

  @Override
  public List<long[]> invalid() {
    return invalid.stream().map(long[]::clone).toList();
  }
}
