package org.scrutineer.archive.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArchiveHeaderTest {
  private static final String TOOL_HEADER = "{\"version\":1,\"timestamp\":\"1795443161\"}";

  private static MalformedJsonException rejected(String json) {
    return org.junit.jupiter.api.Assertions.assertThrows(MalformedJsonException.class,
        () -> ArchiveHeader.parse(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void beleniosToolHeaderRoundTrips() throws Exception {
    ArchiveHeader header = ArchiveHeader.parse(TOOL_HEADER.getBytes(StandardCharsets.UTF_8));
    assertThat(header).isEqualTo(ArchiveHeader.at(1795443161L));
    assertThat(header.toJson()).isEqualTo(TOOL_HEADER);
    assertThat(header.toBytes()).hasSize(38);
  }

  @Test
  void timestampMustBeAStringAsAtdgenWritesInt64() {
    MalformedJsonException e = rejected("{\"version\":1,\"timestamp\":1795443161}");
    assertThat(e.field()).contains("timestamp");
    assertThat(e.getMessage()).contains("expected a JSON string");
    assertThat(rejected("{\"version\":1,\"timestamp\":\"17x\"}").getMessage())
        .contains("expected Unix seconds as a JSON string of digits");
  }

  @Test
  void otherVersionsAreRefusedWithTheSupportedOne() {
    assertThat(rejected("{\"version\":2,\"timestamp\":\"1\"}").getMessage())
        .isEqualTo("field \"version\": archive version 2 is not supported; belenios-tool 2.0 writes version 1");
  }

  @Test
  void nonCanonicalSpellingIsRefused() {
    assertThat(rejected("{\"timestamp\":\"1\",\"version\":1}").getMessage()).contains("expected " + "{\"version\":1,\"timestamp\":\"1\"}");
  }
}
