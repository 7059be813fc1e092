package org.scrutineer.archive;

import java.util.Optional;
import org.scrutineer.archive.event.Event;

/** An archive entry name {@code HASH.data.json} or {@code HASH.event.json} (Belenios spec 2.0 §4.4). */
record EntryName(String hash, Kind kind) {
  enum Kind {
    DATA,
    EVENT
  }

  private static final String DATA = ".data.json";
  private static final String EVENT = ".event.json";

  static final String EXPECTED = "HASH.data.json or HASH.event.json (HASH = SHA-256 of the bytes, 64 lowercase hex digits)";

  static Optional<EntryName> parse(String name) {
    String hash = name.length() > 64 ? name.substring(0, 64) : "";
    String suffix = name.substring(hash.length());
    if (!Event.isHash(hash)) return Optional.empty();
    if (suffix.equals(DATA)) return Optional.of(new EntryName(hash, Kind.DATA));
    if (suffix.equals(EVENT)) return Optional.of(new EntryName(hash, Kind.EVENT));
    return Optional.empty();
  }

  static String of(String hash, Kind kind) {
    return hash + (kind == Kind.DATA ? DATA : EVENT);
  }
}
