package org.scrutineer.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.archive.event.EventType;
import org.scrutineer.archive.tar.ArchiveFormatException;
import org.scrutineer.crypto.hash.Sha256;

class ArchiveWriterTest {
  private static final String UUID = "DorXfJ7gbgahDE";
  private static final byte[] ELECTION = utf8("{\"version\":1,\"name\":\"n\",\"uuid\":\"" + UUID + "\"}");
  private static final byte[] TRUSTEES = utf8("[]");
  private static final byte[] CREDS = utf8("[\"123,1\",\"456,2\"]");

  @TempDir Path dir;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private Path create() throws IOException {
    return ArchiveWriter.create(dir, ELECTION, TRUSTEES, CREDS, ArchiveBuilder.TIMESTAMP);
  }

  private static List<EventBlock> blocks(Path bel) throws IOException {
    try (ArchiveReader reader = ArchiveReader.open(bel)) {
      List<EventBlock> blocks = new ArrayList<>();
      for (Optional<EventBlock> b = reader.nextBlock(); b.isPresent(); b = reader.nextBlock()) {
        assertThat(b.get().problems()).isEmpty();
        blocks.add(b.get());
      }
      assertThat(reader.header().problems()).isEmpty();
      assertThat(reader.endProblems()).isEmpty();
      return blocks;
    }
  }

  @Test
  void createWritesHeaderSetupFilesSetupDataAndSetupEvent() throws IOException {
    Path bel = create();
    assertThat(bel.getFileName().toString()).isEqualTo(UUID + ".bel");
    List<EventBlock> blocks = blocks(bel);
    assertThat(blocks).singleElement().satisfies(setup -> {
      assertThat(setup.event().event().type()).isEqualTo(EventType.Setup);
      assertThat(setup.event().event().height()).isZero();
      assertThat(setup.data()).extracting(DataItem::bytes).containsExactly(ELECTION, TRUSTEES, CREDS,
          utf8("{\"election\":\"" + Sha256.hex(ELECTION) + "\",\"trustees\":\"" + Sha256.hex(TRUSTEES)
              + "\",\"credentials\":\"" + Sha256.hex(CREDS) + "\"}"));
      assertThat(setup.payload()).contains(setup.data().get(3));
    });
    // The archive is exactly what ArchiveBuilder (independent of ArchiveWriter) lays out.
    ArchiveBuilder expected = new ArchiveBuilder();
    String e = expected.data(new String(ELECTION, StandardCharsets.UTF_8));
    String t = expected.data("[]");
    String c = expected.data(new String(CREDS, StandardCharsets.UTF_8));
    expected.dataEvent(EventType.Setup, "{\"election\":\"" + e + "\",\"trustees\":\"" + t + "\",\"credentials\":\"" + c + "\"}");
    assertThat(Files.readAllBytes(bel)).isEqualTo(expected.bytes());
  }

  @Test
  void createNormalisesInputsAsArchiveInitDoes() throws IOException {
    byte[] election = Arrays.copyOf(ELECTION, ELECTION.length + 1);
    election[ELECTION.length] = '\n';
    Path bel = ArchiveWriter.create(dir, election, utf8("[]\n"),
        utf8("[ \"123,1,voter1\",\n  \"456,,voter2\", \"789\" ]\n"), 7);
    List<DataItem> data = blocks(bel).get(0).data();
    assertThat(data.get(0).bytes()).isEqualTo(ELECTION);
    assertThat(data.get(1).bytes()).isEqualTo(TRUSTEES);
    assertThat(new String(data.get(2).bytes(), StandardCharsets.UTF_8)).isEqualTo("[\"123,1\",\"456\",\"789\"]");
  }

  @Test
  void createRefusesAnExistingArchive() throws IOException {
    Path bel = create();
    byte[] before = Files.readAllBytes(bel);
    assertThatThrownBy(this::create).isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readAllBytes(bel)).isEqualTo(before);
  }

  @Test
  void createRefusesAnElectionWithoutAUsableUuid() {
    assertThatThrownBy(() -> ArchiveWriter.create(dir, utf8("{\"uuid\":\"../x\"}"), TRUSTEES, CREDS, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("election field \"uuid\" must be at least 14 Base58 characters (belenios-tool setup "
            + "generate-token), found \"../x\"");
  }

  @Test
  void appendChainsEventsAndOnlyAddsBytes() throws IOException {
    Path bel = create();
    byte[] before = Files.readAllBytes(bel);
    LastEvent ballot = ArchiveWriter.append(bel, EventType.Ballot, List.of(utf8("{\"ballot\":1}")));
    LastEvent end = ArchiveWriter.append(bel, EventType.EndBallots, List.of());
    LastEvent tally = ArchiveWriter.append(bel, EventType.EncryptedTally, List.of(utf8("[[]]"), utf8("{\"t\":1}")));

    byte[] after = Files.readAllBytes(bel);
    assertThat(Arrays.copyOf(after, before.length)).isEqualTo(before);
    List<EventBlock> blocks = blocks(bel);
    assertThat(blocks).extracting(b -> b.event().event().height()).containsExactly(0L, 1L, 2L, 3L);
    assertThat(blocks).extracting(b -> b.event().hash())
        .containsExactly(blocks.get(0).event().hash(), ballot.hash(), end.hash(), tally.hash());
    assertThat(end.event().payload()).isEmpty();
    assertThat(end.event().parent()).contains(ballot.hash());
    assertThat(tally.event().payload()).contains(Sha256.hex(utf8("{\"t\":1}")));
    assertThat(blocks.get(3).data()).hasSize(2);
    assertThat(ArchiveWriter.lastEvent(bel)).isEqualTo(tally);
  }

  @Test
  void appendRefusesShapesArchiveMakeCannotRebuild() throws IOException {
    Path bel = create();
    byte[] before = Files.readAllBytes(bel);
    assertThatThrownBy(() -> ArchiveWriter.append(bel, EventType.EncryptedTally, List.of(utf8("{}"))))
        .hasMessage("EncryptedTally takes 2 data line(s) (the encrypted tally, then sized_encrypted_tally naming it), "
            + "got 1; belenios-tool archive make rebuilds only that shape");
    assertThatThrownBy(() -> ArchiveWriter.append(bel, EventType.Ballot, List.of(utf8("{\n}"))))
        .hasMessageContaining("data line 1 contains a newline");
    assertThatThrownBy(() -> ArchiveWriter.append(bel, EventType.Setup, List.of(utf8("{}"))))
        .hasMessageContaining("Setup is written once, by ArchiveWriter.create");
    assertThat(Files.readAllBytes(bel)).isEqualTo(before);
  }

  @Test
  void appendRefusesADamagedArchiveAndLeavesItUntouched() throws IOException {
    ArchiveBuilder damaged = new ArchiveBuilder().setup();
    String ballot = damaged.data("{\"ballot\":1}");
    damaged.event(new org.scrutineer.archive.event.Event(Optional.of("0".repeat(64)), 1, EventType.Ballot,
        Optional.of(ballot)));
    Path bel = Files.write(dir.resolve(UUID + ".bel"), damaged.bytes());
    assertThatThrownBy(() -> ArchiveWriter.append(bel, EventType.EndBallots, List.of()))
        .isInstanceOf(ArchiveFormatException.class)
        .hasMessageContaining("at byte 7168: parent is " + "0".repeat(64));
    assertThat(Files.readAllBytes(bel)).isEqualTo(damaged.bytes());
  }

  @Test
  void appendRefusesAnArchiveEndingWithOrphanData() throws IOException {
    ArchiveBuilder interrupted = new ArchiveBuilder().setup();
    interrupted.data("{\"ballot\":1}");
    Path bel = Files.write(dir.resolve(UUID + ".bel"), interrupted.bytes());
    assertThatThrownBy(() -> ArchiveWriter.append(bel, EventType.EndBallots, List.of()))
        .isInstanceOf(ArchiveFormatException.class)
        .hasMessageEndingWith("data entries from here on are followed by no event (an earlier append was "
            + "interrupted); repair the archive before appending");
  }

  @Test
  void appendRefusesATruncatedArchive() throws IOException {
    Path bel = create();
    ArchiveWriter.append(bel, EventType.Ballot, List.of(utf8("{\"ballot\":\"" + "x".repeat(1000) + "\"}")));
    byte[] whole = Files.readAllBytes(bel);
    Files.write(bel, Arrays.copyOf(whole, whole.length - 1024 - 512)); // inside the ballot's data
    assertThatThrownBy(() -> ArchiveWriter.append(bel, EventType.EndBallots, List.of()))
        .isInstanceOf(ArchiveFormatException.class)
        .hasMessageContaining("archive ends inside the data of").hasMessageEndingWith("(truncated archive)");
  }

  @Test
  void failedWriteIsTruncatedBackAndTheArchiveStaysAppendable() throws IOException {
    Path bel = create();
    byte[] before = Files.readAllBytes(bel);
    WritableByteChannel[] halfThenFail = new WritableByteChannel[1];
    assertThatThrownBy(() -> ArchiveWriter.append(bel, EventType.Ballot, List.of(utf8("{\"ballot\":1}")),
        channel -> halfThenFail[0] = new WritableByteChannel() {
          private boolean wrote;

          @Override
          public int write(ByteBuffer src) throws IOException {
            if (wrote) throw new IOException("disk full (simulated)");
            wrote = true;
            ByteBuffer half = src.duplicate();
            half.limit(src.position() + src.remaining() / 2);
            int n = channel.write(half);
            src.position(src.position() + n);
            return n;
          }

          @Override
          public boolean isOpen() {
            return true;
          }

          @Override
          public void close() {}
        }))
        .isInstanceOf(IOException.class).hasMessage("disk full (simulated)");
    assertThat(Files.readAllBytes(bel)).isEqualTo(before);
    LastEvent ballot = ArchiveWriter.append(bel, EventType.Ballot, List.of(utf8("{\"ballot\":1}")));
    assertThat(ballot.event().height()).isEqualTo(1);
    assertThat(blocks(bel)).hasSize(2);
  }
}
