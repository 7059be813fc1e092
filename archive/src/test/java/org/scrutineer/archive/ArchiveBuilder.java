package org.scrutineer.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.scrutineer.archive.event.ArchiveHeader;
import org.scrutineer.archive.event.Event;
import org.scrutineer.archive.event.EventType;
import org.scrutineer.archive.tar.BelTarWriter;
import org.scrutineer.crypto.hash.Sha256;

/** Builds archive bytes entry by entry, including ones belenios-tool would never write. */
final class ArchiveBuilder {
  static final long TIMESTAMP = 1795443161L;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final BelTarWriter tar = new BelTarWriter(out);
  private String lastEvent;
  private long nextHeight;

  /** Starts with the BELENIOS header. */
  ArchiveBuilder() {
    raw("BELENIOS", ArchiveHeader.at(TIMESTAMP).toBytes());
  }

  /** Appends a data entry named by its hash; returns the hash. */
  String data(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    String hash = Sha256.hex(bytes);
    raw(hash + ".data.json", bytes);
    return hash;
  }

  /** Appends the next event of a valid chain. */
  String event(EventType type, Optional<String> payload) {
    return event(new Event(Optional.ofNullable(lastEvent), nextHeight, type, payload));
  }

  /** Appends {@code event} as given (possibly breaking the chain); later events chain from it. */
  String event(Event event) {
    String hash = rawEvent(event.toBytes());
    nextHeight = event.height() + 1;
    return hash;
  }

  /** Appends event bytes as given, named by their hash. */
  String rawEvent(byte[] bytes) {
    String hash = Sha256.hex(bytes);
    raw(hash + ".event.json", bytes);
    lastEvent = hash;
    return hash;
  }

  /** Data then the event naming it as payload, as belenios-tool's add-event writes one line. */
  String dataEvent(EventType type, String json) {
    return event(type, Optional.of(data(json)));
  }

  ArchiveBuilder raw(String name, byte[] bytes) {
    try {
      tar.write(name, bytes, TIMESTAMP);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The setup entries and Setup event of a fake election. */
  ArchiveBuilder setup() {
    String e = data("{\"uuid\":\"DorXfJ7gbgahDE\"}");
    String t = data("[]");
    String c = data("[]");
    dataEvent(EventType.Setup, "{\"election\":\"" + e + "\",\"trustees\":\"" + t + "\",\"credentials\":\"" + c + "\"}");
    return this;
  }

  /** Hash of the newest event appended. */
  String lastEvent() {
    return lastEvent;
  }

  byte[] bytes() {
    return out.toByteArray();
  }
}
