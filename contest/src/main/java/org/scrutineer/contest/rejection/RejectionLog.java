package org.scrutineer.contest.rejection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scrutineer.electorate.register.Section;

/**
 * The ballots refused at casting, in the order they were refused: what {@code rejections.json}
 * publishes and the scrutineer's report adds up. Entries are only ever added, numbered on.
 */
public record RejectionLog(List<Rejection> rejections) {
  public RejectionLog {
    rejections = List.copyOf(rejections);
    for (int i = 0; i < rejections.size(); i++) {
      if (rejections.get(i).number() != i + 1) {
        throw new IllegalArgumentException("rejection " + (i + 1) + " is numbered " + rejections.get(i).number());
      }
    }
  }

  public static RejectionLog empty() {
    return new RejectionLog(List.of());
  }

  /** A ballot refused, before it is numbered. */
  public record Refusal(Section section, RejectionReason reason, String detail, String tracker) {}

  /** The log with {@code refusals} added, in their order, all received at {@code received}. */
  public RejectionLog with(List<Refusal> refusals, Instant received) {
    List<Rejection> next = new ArrayList<>(rejections);
    for (Refusal refusal : refusals) {
      next.add(new Rejection(next.size() + 1, refusal.section(), received, refusal.reason(), refusal.detail(), refusal.tracker()));
    }
    return new RejectionLog(next);
  }

  /** How many of {@code section}'s ballots were refused for each reason, by its description, in the reasons' order. */
  public Map<String, Long> countsByReason(Section section) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (RejectionReason reason : RejectionReason.values()) {
      long ballots = rejections.stream().filter(r -> r.section() == section && r.reason() == reason).count();
      if (ballots > 0) {
        counts.put(reason.description(), ballots);
      }
    }
    return counts;
  }
}
