package org.scrutineer.archive;

import java.util.List;
import org.scrutineer.archive.event.EventType;

/**
 * The data lines each event type carries when belenios-tool's own commands feed {@code archive
 * add-event} (Belenios spec 2.0 §4.4 table): {@code archive make} rebuilds an archive from its
 * events in exactly this shape ({@code Archive.MakeArchiver}), so any other shape fails
 * {@code election verify}.
 */
final class EventLines {
  private EventLines() {}

  static void check(EventType type, List<byte[]> lines) {
    int expected = expected(type);
    if (lines.size() != expected) {
      throw new IllegalArgumentException(type + " takes " + expected + " data line(s) (" + describe(type) + "), got "
          + lines.size() + "; belenios-tool archive make rebuilds only that shape");
    }
    for (int i = 0; i < lines.size(); i++) {
      for (byte b : lines.get(i)) {
        if (b == '\n') {
          throw new IllegalArgumentException("data line " + (i + 1) + " contains a newline; add-event reads "
              + "one entry per line, so write each JSON object on one line");
        }
      }
    }
  }

  private static int expected(EventType type) {
    switch (type) {
      case Ballot:
      case Result:
        return 1;
      case EncryptedTally:
      case Shuffle:
      case PartialDecryption:
        return 2;
      case EndBallots:
      case EndShuffles:
        return 0;
      case Setup:
      default:
        throw new IllegalArgumentException("Setup is written once, by ArchiveWriter.create (archive init)");
    }
  }

  private static String describe(EventType type) {
    switch (type) {
      case Ballot:
        return "the ballot";
      case Result:
        return "the result";
      case EncryptedTally:
        return "the encrypted tally, then sized_encrypted_tally naming it";
      case Shuffle:
        return "the shuffle, then owned_shuffle naming it";
      case PartialDecryption:
        return "the partial decryption, then owned_partial_decryption naming it";
      default:
        return "no payload";
    }
  }
}
