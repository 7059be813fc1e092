package org.scrutineer.archive.event;

import java.util.Arrays;
import java.util.Optional;

/**
 * Belenios spec 2.0 §4.4 "Public data", {@code event_type}: the kinds of event, written as their
 * exact names. The order is the typical order of an election's life.
 */
public enum EventType {
  /** Payload: setup_data (§4.10) naming election, trustees and public credentials. */
  Setup,
  /** Payload: a ballot (§4.15). */
  Ballot,
  /** No payload: voting is closed. */
  EndBallots,
  /** Payload: sized_encrypted_tally (§4.16). */
  EncryptedTally,
  /** Payload: owned shuffle (§4.17). */
  Shuffle,
  /** No payload: shuffling is over. */
  EndShuffles,
  /** Payload: owned partial decryption (§4.18). */
  PartialDecryption,
  /** Payload: the result (§4.19). */
  Result;

  /** The type spelled exactly {@code name} (case-sensitive, as belenios-tool reads it). */
  public static Optional<EventType> fromJson(String name) {
    return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
  }

  /** Whether belenios-tool writes this event without a payload ({@code EndBallots}, {@code EndShuffles}). */
  public boolean hasPayload() {
    return this != EndBallots && this != EndShuffles;
  }
}
