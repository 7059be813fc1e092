package org.scrutineer.contest.report;

/**
 * Ballots refused at casting for one reason ({@code rejections.json}, aggregated): they never entered
 * the cast archive, and their content is never recorded.
 *
 * @param reason as {@code cast} gave it, e.g. {@code credential removed (removal 1)}
 * @param ballots how many ballots were refused for it
 */
public record Rejected(String reason, long ballots) {
  public Rejected {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a rejection says why");
    }
    if (ballots < 1) {
      throw new IllegalArgumentException("rejected \"" + reason + "\": a reason given for " + ballots + " ballots");
    }
  }
}
