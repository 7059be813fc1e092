package org.scrutineer.archive.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventTest {
  // Events of an archive made by belenios-tool 2.0 (see docs/belenios-archive-format.md).
  private static final String SETUP =
      "{\"height\":0,\"type\":\"Setup\",\"payload\":\"ac18b711e3a247c7dae3d2fc611fe0c97a8fcd9f87d02481434561df0050b77b\"}";
  private static final String END_BALLOTS =
      "{\"parent\":\"103353240a82701df1ad2c0b3b0236d516141390398cf0390a88300c58d4d29f\",\"height\":4,\"type\":\"EndBallots\"}";
  private static final String H = "13f19fd320958ea17cdb0312412c7d89e0e7e945fef2c01e3f2fac9e6ce9bbd0";

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static MalformedJsonException rejected(String json) {
    return org.junit.jupiter.api.Assertions.assertThrows(MalformedJsonException.class, () -> Event.parse(utf8(json)));
  }

  @Test
  void beleniosToolEventsParseAndSerialiseToTheSameBytes() throws Exception {
    for (String json : new String[] {SETUP, END_BALLOTS}) {
      assertThat(Event.parse(utf8(json)).toJson()).isEqualTo(json);
    }
    Event setup = Event.parse(utf8(SETUP));
    assertThat(setup.parent()).isEmpty();
    assertThat(setup.height()).isZero();
    assertThat(setup.type()).isEqualTo(EventType.Setup);
    assertThat(Event.parse(utf8(END_BALLOTS)).payload()).isEmpty();
  }

  @Test
  void serialisationPutsFieldsInBeleniosOrder() {
    Event ballot = new Event(Optional.of(H), 1, EventType.Ballot, Optional.of(H));
    assertThat(ballot.toJson())
        .isEqualTo("{\"parent\":\"" + H + "\",\"height\":1,\"type\":\"Ballot\",\"payload\":\"" + H + "\"}");
    assertThat(ballot.toBytes()).isEqualTo(utf8(ballot.toJson()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "height as string|{\"height\":\"0\",\"type\":\"Setup\"}|height|expected a non-negative integer",
    "negative height|{\"height\":-1,\"type\":\"Setup\"}|height|expected a non-negative integer",
    "fractional height|{\"height\":1.0,\"type\":\"Setup\"}|height|expected a non-negative integer",
    "missing height|{\"type\":\"Setup\"}|height|missing (required)",
    "missing type|{\"height\":0}|type|missing (required)",
    "unknown type|{\"height\":0,\"type\":\"Vote\"}|type|unknown event type \"Vote\"; expected one of [Setup,",
    "lowercase type|{\"height\":0,\"type\":\"setup\"}|type|unknown event type \"setup\"",
    "uppercase hash|{\"height\":0,\"type\":\"Setup\",\"payload\":\"AC18B711E3A247C7DAE3D2FC611FE0C97A8FCD9F87D02481434561DF0050B77B\"}|payload|64 lowercase hex digits",
    "short hash|{\"parent\":\"abc\",\"height\":1,\"type\":\"Ballot\"}|parent|64 lowercase hex digits",
    "null parent|{\"parent\":null,\"height\":0,\"type\":\"Setup\"}|parent|is null; leave the field out instead",
    "unknown field|{\"height\":0,\"type\":\"Setup\",\"extra\":1}|extra|unknown field; an event has only [parent, height, type, payload]",
  })
  void fieldErrorsNameTheFieldAndTheFix(String why, String json, String field, String message) {
    MalformedJsonException e = rejected(json);
    assertThat(e.field()).contains(field);
    assertThat(e.getMessage()).startsWith("field \"" + field + "\": ").contains(message);
  }

  @Test
  void sameValuesSpelledDifferentlyAreRefusedBecauseHashesAreOverBytes() {
    String reordered = "{\"type\":\"Setup\",\"height\":0}";
    assertThat(rejected(reordered).getMessage()).isEqualTo("the event is not written as belenios-tool writes it "
        + "(compact, fields in spec order); expected {\"height\":0,\"type\":\"Setup\"}");
    assertThat(rejected("{\"height\": 0,\"type\":\"Setup\"}").field()).isEmpty();
    assertThat(rejected("{\"height\":0,\"type\":\"Setup\"}\n").getMessage()).contains("not written as belenios-tool");
  }

  @Test
  void notJsonOrNotAnObjectIsRefused() {
    assertThat(rejected("{\"height\":0,").getMessage()).startsWith("an event is not valid JSON");
    assertThat(rejected("[]").getMessage()).isEqualTo("an event must be a JSON object {…}");
    assertThat(rejected("").getMessage()).isEqualTo("an event must be a JSON object {…}");
    assertThat(rejected("{\"height\":0,\"type\":\"Setup\"} {}").getMessage()).startsWith("an event is not valid JSON");
    assertThat(rejected("{\"height\":0,\"height\":0,\"type\":\"Setup\"}").getMessage())
        .startsWith("an event is not valid JSON").contains("Duplicate field 'height'");
  }

  @Test
  void constructorRefusesWhatCouldNotBeWritten() {
    assertThatThrownBy(() -> new Event(Optional.of("xyz"), 1, EventType.Ballot, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parent must be 64 lowercase hex digits");
    assertThatThrownBy(() -> new Event(Optional.empty(), -1, EventType.Setup, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
