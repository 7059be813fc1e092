package org.scrutineer.archive.event;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.List;

/**
 * Belenios spec 2.0 §4.4 "Public data", {@code event}: one link of the archive's hash chain.
 * Serialised as belenios-tool writes it, {@code {"parent":H,"height":n,"type":T,"payload":H}}
 * compact and in that order, with {@code parent} absent at height 0 and {@code payload} absent for
 * {@code EndBallots}/{@code EndShuffles}.
 *
 * @param parent lowercase hex SHA-256 of the previous event's exact bytes; empty for the first event
 * @param height 0 for the first event, then one more per event
 * @param type what happened
 * @param payload lowercase hex SHA-256 of the data entry this event refers to, if any
 */
public record Event(Optional<String> parent, long height, EventType type, Optional<String> payload) {
  private static final List<String> FIELDS = List.of("parent", "height", "type", "payload");

  public Event {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(payload, "payload");
    parent.ifPresent(h -> requireHash("parent", h));
    payload.ifPresent(h -> requireHash("payload", h));
    if (height < 0) throw new IllegalArgumentException("height must be >= 0, got " + height);
  }

  /**
   * Belenios spec 2.0 §4.4: parses an event strictly; the bytes must be exactly the canonical
   * serialisation ({@link #toJson}) of the values they hold.
   *
   * @throws MalformedJsonException naming the field at fault and what was expected
   */
  public static Event parse(byte[] json) throws MalformedJsonException {
    StrictJson object = StrictJson.object(json, "an event", FIELDS);
    Optional<String> parent = object.optionalHash("parent");
    long height = object.requiredNonNegativeLong("height");
    String typeName = object.requiredString("type");
    EventType type = EventType.fromJson(typeName).orElseThrow(() -> new MalformedJsonException("type",
        "unknown event type \"" + typeName + "\"; expected one of " + List.of(EventType.values())));
    Optional<String> payload = object.optionalHash("payload");
    Event event = new Event(parent, height, type, payload);
    StrictJson.requireCanonical(json, event.toJson(), "the event");
    return event;
  }

  /** Belenios spec 2.0 §4.4: the exact text belenios-tool writes for this event. */
  public String toJson() {
    StringBuilder json = new StringBuilder("{");
    parent.ifPresent(h -> json.append("\"parent\":\"").append(h).append("\","));
    json.append("\"height\":").append(height).append(",\"type\":\"").append(type.name()).append('"');
    payload.ifPresent(h -> json.append(",\"payload\":\"").append(h).append('"'));
    return json.append('}').toString();
  }

  /** UTF-8 (here plain ASCII) bytes of {@link #toJson}: what the archive stores and hashes. */
  public byte[] toBytes() {
    return toJson().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Belenios spec 2.0 §4.1 type H as archives write it: 64 lowercase hex digits. A loop rather than
   * a regex: it runs twice per entry, and a million-ballot archive spent a fifth of its time in
   * {@code java.util.regex}.
   */
  public static boolean isHash(String value) {
    if (value.length() != 64) return false;
    for (int i = 0; i < 64; i++) {
      char c = value.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) return false;
    }
    return true;
  }

  private static void requireHash(String field, String value) {
    if (!isHash(value)) {
      throw new IllegalArgumentException(field + " must be 64 lowercase hex digits, got " + value);
    }
  }
}
