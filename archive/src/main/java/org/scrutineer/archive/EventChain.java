package org.scrutineer.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.scrutineer.archive.event.Event;
import org.scrutineer.archive.tar.ArchiveProblem;
import org.scrutineer.archive.tar.TarHeader;

/**
 * The chain rule of Belenios spec 2.0 §4.4: the first event has height 0 and no parent; every later
 * event has the height of the previous one plus one and names the SHA-256 of its exact bytes as
 * {@code parent}. Fed events in archive order; remembers only the previous one.
 */
final class EventChain {
  private String previousHash;
  private OptionalLong previousHeight = OptionalLong.empty();
  private int previousEntry;
  private LastEvent last;

  /** The problems of {@code event} (entry {@code at}, bytes hashing to {@code hash}) as the next link. */
  List<ArchiveProblem> accept(TarHeader at, String hash, Event event) {
    List<ArchiveProblem> problems = new ArrayList<>();
    if (previousHash == null) {
      event.parent().ifPresent(p -> problems.add(ArchiveProblem.at(at,
          "the first event has parent " + p + " but must have none (an earlier part of the archive is missing?)")));
      if (event.height() != 0) {
        problems.add(ArchiveProblem.at(at, "the first event has height " + event.height() + " but must have height 0"));
      }
    } else {
      if (event.parent().isEmpty()) {
        problems.add(ArchiveProblem.at(at, "the event has no parent, but only the first event may lack one; "
            + "expected parent " + previousHash + " (the event at entry " + previousEntry + ")"));
      } else if (!event.parent().get().equals(previousHash)) {
        problems.add(ArchiveProblem.at(at, "parent is " + event.parent().get() + " but the previous event (entry "
            + previousEntry + ") hashes to " + previousHash
            + ": the chain is broken (an event was removed, inserted, reordered or altered)"));
      }
      if (previousHeight.isPresent() && event.height() != previousHeight.getAsLong() + 1) {
        problems.add(ArchiveProblem.at(at, "height is " + event.height() + " but the previous event (entry "
            + previousEntry + ") has height " + previousHeight.getAsLong() + ", so "
            + (previousHeight.getAsLong() + 1) + " was expected"));
      }
    }
    remember(at, hash, OptionalLong.of(event.height()));
    last = new LastEvent(hash, event);
    return problems;
  }

  /** An event entry whose JSON could not be read: later parents must still name its hash. */
  void acceptUnreadable(TarHeader at, String hash) {
    remember(at, hash, OptionalLong.empty());
    last = null;
  }

  /** The newest event, if there is one and it could be read. */
  Optional<LastEvent> last() {
    return Optional.ofNullable(last);
  }

  boolean isEmpty() {
    return previousHash == null;
  }

  private void remember(TarHeader at, String hash, OptionalLong height) {
    previousHash = hash;
    previousHeight = height;
    previousEntry = at.index();
  }
}
