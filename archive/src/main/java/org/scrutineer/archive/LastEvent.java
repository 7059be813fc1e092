package org.scrutineer.archive;

import java.util.Objects;
import org.scrutineer.archive.event.Event;

/**
 * The newest event of an archive and the SHA-256 of its exact bytes: what the next event names as
 * {@code parent} (Belenios spec 2.0 §4.4; belenios-tool's {@code last_event}).
 */
public record LastEvent(String hash, Event event) {
  public LastEvent {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(event, "event");
  }
}
