package org.scrutineer.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.scrutineer.archive.event.Event;
import org.scrutineer.archive.event.EventType;
import org.scrutineer.archive.tar.ArchiveFormatException;
import org.scrutineer.archive.tar.ArchiveProblem;
import org.scrutineer.archive.tar.BelTarWriter;
import org.scrutineer.crypto.hash.Sha256;
import org.junit.jupiter.api.Test;

class ArchiveReaderTest {
  private static final String BALLOT = "{\"ballot\":1}";

  private static ArchiveReader reader(byte[] archive) throws IOException {
    return ArchiveReader.open(new ByteArrayInputStream(archive));
  }

  private static List<ArchiveItem> items(byte[] archive) throws IOException {
    try (ArchiveReader reader = reader(archive)) {
      List<ArchiveItem> items = new ArrayList<>();
      for (Optional<ArchiveItem> i = reader.nextItem(); i.isPresent(); i = reader.nextItem()) items.add(i.get());
      return items;
    }
  }

  private static List<EventBlock> blocks(ArchiveReader reader) throws IOException {
    List<EventBlock> blocks = new ArrayList<>();
    for (Optional<EventBlock> b = reader.nextBlock(); b.isPresent(); b = reader.nextBlock()) blocks.add(b.get());
    return blocks;
  }

  private static List<String> problems(byte[] archive) throws IOException {
    List<String> problems = new ArrayList<>();
    try (ArchiveReader reader = reader(archive)) {
      reader.header().problems().forEach(p -> problems.add(p.toString()));
      blocks(reader).forEach(b -> b.problems().forEach(p -> problems.add(p.toString())));
      reader.endProblems().forEach(p -> problems.add(p.toString()));
    }
    return problems;
  }

  /** The second-read path: an entry's exact bytes, streamed from the file, found by hash. */
  @Test
  void dataEntryStreamsExactlyTheEntryNamedByItsHash(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
    ArchiveBuilder archive = new ArchiveBuilder().setup();
    archive.dataEvent(EventType.Ballot, BALLOT);
    archive.dataEvent(EventType.Ballot, "{\"ballot\":22}");
    java.nio.file.Path bel = java.nio.file.Files.write(dir.resolve("x.bel"), archive.bytes());
    String second = java.util.HexFormat.of().formatHex(Sha256.digest("{\"ballot\":22}".getBytes(StandardCharsets.UTF_8)));

    Optional<java.io.InputStream> found = ArchiveReader.dataEntry(bel, second);
    assertThat(found).isPresent();
    try (java.io.InputStream in = found.get()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"ballot\":22}");
      assertThat(in.read()).isEqualTo(-1);
    }
    assertThat(ArchiveReader.dataEntry(bel, "0".repeat(64))).isEmpty();
  }

  @Test
  void validArchiveReadsAsEventBlocksWithTheirData() throws IOException {
    ArchiveBuilder archive = new ArchiveBuilder().setup();
    archive.dataEvent(EventType.Ballot, BALLOT);
    archive.event(EventType.EndBallots, Optional.empty());
    try (ArchiveReader reader = reader(archive.bytes())) {
      assertThat(reader.header().header().timestamp()).isEqualTo(ArchiveBuilder.TIMESTAMP);
      List<EventBlock> blocks = blocks(reader);
      assertThat(blocks).extracting(b -> b.event().event().type())
          .containsExactly(EventType.Setup, EventType.Ballot, EventType.EndBallots);
      assertThat(blocks).extracting(b -> b.data().size()).containsExactly(4, 1, 0);
      assertThat(blocks.get(1).payload()).map(d -> new String(d.bytes(), StandardCharsets.UTF_8)).contains(BALLOT);
      assertThat(blocks.get(0).data(Sha256.hex("[]".getBytes(StandardCharsets.UTF_8)))).isPresent();
      assertThat(blocks).allSatisfy(b -> assertThat(b.problems()).isEmpty());
      assertThat(reader.endProblems()).isEmpty();
      assertThat(reader.lastEvent()).map(e -> e.event().height()).contains(2L);
    }
  }

  @Test
  void itemsAreTypedByNameAndKeepExactBytesAndPositions() throws IOException {
    ArchiveBuilder archive = new ArchiveBuilder().setup();
    archive.dataEvent(EventType.Ballot, BALLOT);
    List<ArchiveItem> items = items(archive.bytes());
    assertThat(items).extracting(i -> i.getClass().getSimpleName()).containsExactly(
        "DataItem", "DataItem", "DataItem", "DataItem", "EventItem", "DataItem", "EventItem");
    assertThat(items).extracting(ArchiveItem::index).containsExactly(2, 3, 4, 5, 6, 7, 8);
    ArchiveItem ballot = items.get(5);
    assertThat(ballot.bytes()).isEqualTo(BALLOT.getBytes(StandardCharsets.UTF_8));
    assertThat(ballot.hash()).isEqualTo(Sha256.hex(ballot.bytes()));
    assertThat(ballot.entry().name()).isEqualTo(ballot.hash() + ".data.json");
  }

  @Test
  void alteredDataIsCaughtByItsNameHash() throws IOException {
    String altered = "{\"ballot\":2}";
    ArchiveBuilder archive = new ArchiveBuilder().setup();
    String named = Sha256.hex(BALLOT.getBytes(StandardCharsets.UTF_8));
    archive.raw(named + ".data.json", altered.getBytes(StandardCharsets.UTF_8));
    archive.event(EventType.Ballot, Optional.of(named));
    List<String> problems = problems(archive.bytes());
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).isEqualTo("entry 7 (" + named + ".data.json) at byte 6144: the name says " + named
        + " but the SHA-256 of its 12 bytes is " + Sha256.hex(altered.getBytes(StandardCharsets.UTF_8))
        + " (the entry was altered or renamed)");
    // The event's payload names the original bytes, which are nowhere in its block any more.
    assertThat(problems.get(1)).startsWith("entry 8 (").contains("payload " + named + " is not among the data");
  }

  @Test
  void brokenParentIsReportedWithThePreviousEvent() throws IOException {
    ArchiveBuilder archive = new ArchiveBuilder().setup();
    String first = archive.dataEvent(EventType.Ballot, BALLOT);
    String wrong = "0".repeat(64);
    String ballot = archive.data("{\"ballot\":3}");
    archive.event(new Event(Optional.of(wrong), 2, EventType.Ballot, Optional.of(ballot)));
    List<String> problems = problems(archive.bytes());
    assertThat(problems).singleElement().asString().startsWith("entry 10 (").endsWith(".event.json) at byte 9216: "
        + "parent is " + wrong + " but the previous event (entry 8) hashes to " + first
        + ": the chain is broken (an event was removed, inserted, reordered or altered)");
  }

  @Test
  void heightThatDoesNotCountUpIsReported() throws IOException {
    ArchiveBuilder archive = new ArchiveBuilder().setup();
    String setup = archive.lastEvent();
    String ballot = archive.data(BALLOT);
    archive.event(new Event(Optional.of(setup), 5, EventType.Ballot, Optional.of(ballot)));
    assertThat(problems(archive.bytes())).singleElement().asString()
        .endsWith("height is 5 but the previous event (entry 6) has height 0, so 1 was expected");
  }

  @Test
  void firstEventMustStartTheChain() throws IOException {
    ArchiveBuilder archive = new ArchiveBuilder();
    String payload = archive.data(BALLOT);
    archive.event(new Event(Optional.of("1".repeat(64)), 3, EventType.Setup, Optional.of(payload)));
    assertThat(problems(archive.bytes())).hasSize(2).allSatisfy(p -> assertThat(p).startsWith("entry 3 ("))
        .anySatisfy(p -> assertThat(p).endsWith("the first event has parent " + "1".repeat(64)
            + " but must have none (an earlier part of the archive is missing?)"))
        .anySatisfy(p -> assertThat(p).endsWith("the first event has height 3 but must have height 0"));
  }

  @Test
  void unreadableEventIsMalformedAndTheChainGoesOnThroughItsHash() throws IOException {
    ArchiveBuilder archive = new ArchiveBuilder().setup();
    String bad = archive.rawEvent("{\"parent\":\"x\",\"height\":1,\"type\":\"Ballot\"}".getBytes(StandardCharsets.UTF_8));
    archive.event(new Event(Optional.of(bad), 2, EventType.EndBallots, Optional.empty()));
    try (ArchiveReader reader = reader(archive.bytes())) {
      List<EventBlock> blocks = blocks(reader);
      assertThat(blocks).hasSize(2);
      assertThat(blocks.get(1).malformed()).singleElement().satisfies(m -> assertThat(m.problems())
          .extracting(ArchiveProblem::message)
          .containsExactly("field \"parent\": expected a SHA-256 as 64 lowercase hex digits, found \"x\""));
      assertThat(blocks.get(1).event().problems()).isEmpty();
    }
  }

  @Test
  void unknownNameIsMalformed() throws IOException {
    ArchiveBuilder archive = new ArchiveBuilder().setup();
    archive.raw("notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
    archive.raw("BELENIOS", "{}".getBytes(StandardCharsets.UTF_8));
    archive.dataEvent(EventType.Ballot, BALLOT);
    List<ArchiveItem> items = items(archive.bytes());
    assertThat(items.get(5)).isInstanceOf(MalformedItem.class);
    assertThat(items.get(5).problems()).singleElement().extracting(ArchiveProblem::message)
        .isEqualTo("the name is not " + EntryName.EXPECTED);
    assertThat(items.get(6).problems()).singleElement().extracting(ArchiveProblem::message).asString()
        .startsWith("a second BELENIOS header; the name is not HASH.data.json");
  }

  @Test
  void payloadNotWrittenJustBeforeItsEventIsReportedByTheBlock() throws IOException {
    ArchiveBuilder archive = new ArchiveBuilder().setup();
    String ballot = archive.data(BALLOT);
    archive.event(EventType.Ballot, Optional.of(ballot));
    archive.event(EventType.Ballot, Optional.of(ballot)); // replayed event without its data
    assertThat(problems(archive.bytes())).singleElement().asString().startsWith("entry 9 (")
        .endsWith("payload " + ballot + " is not among the data entries written since the previous event "
            + "(belenios-tool writes an event's payload just before it)");
  }

  @Test
  void dataAfterTheLastEventIsReportedAtTheEnd() throws IOException {
    ArchiveBuilder archive = new ArchiveBuilder().setup();
    String ballot = archive.data(BALLOT);
    assertThat(problems(archive.bytes())).containsExactly("entry 7 (" + ballot + ".data.json) at byte 6144: the "
        + "archive ends with 1 data entries (from entry 7) that no event follows; every append ends with an event, "
        + "so an append was interrupted or the archive was cut");
  }

  @Test
  void archiveWithoutEventsIsReported() throws IOException {
    assertThat(problems(new ArchiveBuilder().bytes())).containsExactly("entry 2 at byte 1024: the archive has no "
        + "event; belenios-tool archive init writes a Setup event after the setup data");
  }

  @Test
  void otherMtimeIsReported() throws IOException {
    byte[] archive = new ArchiveBuilder().setup().bytes();
    byte[] x = "x".getBytes(StandardCharsets.UTF_8);
    byte[] foreign = BelTarWriter.entry(Sha256.hex(x) + ".data.json", x, 7);
    byte[] combined = Arrays.copyOf(archive, archive.length + foreign.length);
    System.arraycopy(foreign, 0, combined, archive.length, foreign.length);
    List<ArchiveItem> items = items(combined);
    assertThat(items.get(items.size() - 1).problems()).extracting(ArchiveProblem::message).containsExactly(
        "tar mtime is 7 but the archive timestamp (BELENIOS header) is 1795443161; belenios-tool writes that "
            + "timestamp on every entry");
  }

  @Test
  void truncatedArchiveStopsWithEntryAndOffset() throws IOException {
    ArchiveBuilder archive = new ArchiveBuilder().setup();
    archive.dataEvent(EventType.Ballot, "{\"ballot\":\"" + "x".repeat(2000) + "\"}");
    byte[] bytes = archive.bytes();
    byte[] truncated = Arrays.copyOf(bytes, bytes.length - 512 - 1024);
    try (ArchiveReader reader = reader(truncated)) {
      ArchiveFormatException e = assertThrows(ArchiveFormatException.class, () -> blocks(reader));
      assertThat(e.problem().entry()).isEqualTo(7);
      assertThat(e.problem().offset()).isEqualTo(6144);
      assertThat(e.problem().message()).startsWith("archive ends inside the data of ")
          .endsWith(": header says 2013 bytes, only 1536 present (truncated archive)");
    }
  }

  @Test
  void corruptedHeaderStopsWithEntryAndOffset() throws IOException {
    byte[] bytes = new ArchiveBuilder().setup().bytes();
    bytes[1024 + 3] ^= 1;
    try (ArchiveReader reader = reader(bytes)) {
      ArchiveFormatException e = assertThrows(ArchiveFormatException.class, () -> blocks(reader));
      assertThat(e.problem()).extracting(ArchiveProblem::entry, ArchiveProblem::offset).containsExactly(2, 1024L);
      assertThat(e.problem().message()).contains("(corrupted header)");
    }
  }

  @Test
  void archiveMustStartWithTheBeleniosHeader() throws IOException {
    byte[] notBelenios = BelTarWriter.entry("README", new byte[3], 0);
    ArchiveFormatException e = assertThrows(ArchiveFormatException.class, () -> reader(notBelenios));
    assertThat(e.getMessage()).isEqualTo("entry 1 (README) at byte 0: the first entry must be the BELENIOS "
        + "header (is this a Belenios 2.0 archive?)");
    ArchiveFormatException empty = assertThrows(ArchiveFormatException.class, () -> reader(new byte[0]));
    assertThat(empty.getMessage()).isEqualTo("entry 1 at byte 0: the archive is empty; it must start with the "
        + "BELENIOS header entry");
  }

  @Test
  void badHeaderJsonStopsNamingTheField() throws IOException {
    byte[] header = BelTarWriter.entry("BELENIOS",
        "{\"version\":1,\"timestamp\":5}".getBytes(StandardCharsets.UTF_8), 5);
    ArchiveFormatException e = assertThrows(ArchiveFormatException.class, () -> reader(header));
    assertThat(e.getMessage()).isEqualTo("entry 1 (BELENIOS) at byte 0: field \"timestamp\": expected a JSON string, found 5");
  }
}
