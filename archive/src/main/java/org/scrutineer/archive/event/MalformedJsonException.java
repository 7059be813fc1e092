package org.scrutineer.archive.event;

import java.util.Optional;

/**
 * A JSON record of a Belenios archive (Belenios spec 2.0 §4.4) that Scrutineer refuses, with the
 * field at fault and how to fix it, e.g. {@code field "height": expected a non-negative integer,
 * found "1" (a JSON string)}. Callers that know where the bytes came from (entry, offset) turn it
 * into an {@link org.scrutineer.archive.tar.ArchiveProblem}.
 */
public final class MalformedJsonException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String field;

  MalformedJsonException(String field, String message) {
    super(field == null ? message : "field \"" + field + "\": " + message);
    this.field = field;
  }

  /** The field at fault; empty when the whole text is at fault (not JSON, not canonical). */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
