package org.scrutineer.contest.rejection;

import java.time.Instant;
import java.util.Objects;
import org.scrutineer.electorate.register.Section;

/**
 * One entry of {@code rejections.json}: a ballot of {@code section}'s election that {@code cast}
 * refused. It says nothing about the ballot's content; its {@code tracker} (Belenios' smart ballot
 * tracker: the unpadded base64 SHA-256 of the ballot's bytes, spec 2.0 §4.15) lets the voter who
 * kept it find out that it was refused and why, and reveals no vote.
 *
 * @param number 1-based, in the order ballots were refused, across sections
 * @param received when {@code cast} refused it
 * @param detail the particular, e.g. which removal or which proof; one line, may be empty
 */
public record Rejection(int number, Section section, Instant received, RejectionReason reason, String detail, String tracker) {
  public Rejection {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    if (number < 1) {
      throw new IllegalArgumentException("rejections are numbered from 1, got " + number);
    }
    if (detail.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("rejection " + number + ": the detail is not one line");
    }
    if (tracker == null || !tracker.matches("[A-Za-z0-9+/]{43}")) {
      throw new IllegalArgumentException("rejection " + number + ": not a smart ballot tracker (43 base64 characters): \"" + tracker + "\"");
    }
  }
}
