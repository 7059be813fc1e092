package org.scrutineer.archive.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventTypeTest {
  @Test
  void namesAreTheSpecSpellingsInLifeCycleOrder() {
    assertThat(EventType.values()).extracting(EventType::name).containsExactly("Setup", "Ballot", "EndBallots",
        "EncryptedTally", "Shuffle", "EndShuffles", "PartialDecryption", "Result");
  }

  @Test
  void onlyEndEventsHaveNoPayload() {
    assertThat(EventType.values()).filteredOn(t -> !t.hasPayload())
        .containsExactly(EventType.EndBallots, EventType.EndShuffles);
  }

  @Test
  void fromJsonIsCaseSensitive() {
    assertThat(EventType.fromJson("Ballot")).contains(EventType.Ballot);
    assertThat(EventType.fromJson("ballot")).isEmpty();
  }
}
