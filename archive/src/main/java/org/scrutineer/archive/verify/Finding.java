package org.scrutineer.archive.verify;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One result of the verifier: which check, where (the event's height and hash, when the problem
 * belongs to an event) and why.
 */
public record Finding(
    Severity severity, Check check, OptionalLong eventIndex, Optional<String> eventHash, String message) {

  /** An error makes the archive fail verification; a warning is reported but does not. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(message, "message");
  }

  static Finding error(Check check, long eventIndex, String eventHash, String message) {
    return new Finding(Severity.ERROR, check, OptionalLong.of(eventIndex), Optional.of(eventHash), message);
  }

  static Finding errorWithoutEvent(Check check, String message) {
    return new Finding(Severity.ERROR, check, OptionalLong.empty(), Optional.empty(), message);
  }

  Finding asWarning() {
    return new Finding(Severity.WARNING, check, eventIndex, eventHash, message);
  }

  /** {@code ERROR ballot.proofs: event 12 (3f2a…): message}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(severity).append(' ').append(check.id()).append(": ");
    if (eventIndex.isPresent()) {
      text.append("event ").append(eventIndex.getAsLong());
      eventHash.ifPresent(hash -> text.append(" (").append(hash).append(')'));
      text.append(": ");
    }
    return text.append(message).toString();
  }
}
