package org.scrutineer.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.archive.event.EventType;
import org.scrutineer.archive.tar.ArchiveFormatException;

/**
 * Our archive against the real belenios-tool 2.0 (see {@link BeleniosTool} for when the tool is
 * missing). One election is run twice in lock step: belenios-tool {@code archive init} /
 * {@code add-event} on its archive, {@link ArchiveWriter} on ours, with the same inputs and the
 * tool's timestamp; after every step the two files must be byte-identical.
 */
class BeleniosInteropTest {
  @TempDir static Path root;

  private static BeleniosTool tool;
  private static ToolElection election;
  private static Path ours;
  /** Step name → whether our file equalled the tool's after it, in order. */
  private static final Map<String, Boolean> identicalAfter = new LinkedHashMap<>();

  @BeforeAll
  static void runOneElectionBothWays() throws Exception {
    tool = BeleniosTool.require();
    Path toolDir = Files.createDirectories(root.resolve("tool"));
    Path ourDir = Files.createDirectories(root.resolve("ours"));
    election = ToolElection.setUp(tool, toolDir);

    tool.runText(toolDir, "", "archive", "init");
    long timestamp;
    try (ArchiveReader reader = ArchiveReader.open(election.bel())) {
      timestamp = reader.header().header().timestamp();
    }
    ours = ArchiveWriter.create(ourDir, election.file("election.json"), election.file("trustees.json"),
        election.file("public_creds.json"), timestamp);
    compare("archive init");

    String[] choices = {"[[0,1,0]]", "[[0,0,1]]", "[[1,0,0]]"};
    for (int voter = 0; voter < choices.length; voter++) {
      step(EventType.Ballot, List.of(election.ballot(voter, choices[voter])));
    }
    step(EventType.EndBallots, List.of());
    step(EventType.EncryptedTally, election.lines("election", "compute-encrypted-tally"));
    Path privkey = ToolElection.only(toolDir, ".privkey");
    step(EventType.PartialDecryption, election.lines("election", "decrypt", "--privkey", privkey.toString(),
        "--trustee-id", "1"));
    step(EventType.Result, election.lines("election", "compute-result"));
  }

  /** Feeds {@code lines} to {@code add-event} on the tool's archive and to {@link ArchiveWriter} on ours. */
  private static void step(EventType type, List<String> lines) throws Exception {
    String stdin = lines.stream().map(l -> l + "\n").collect(Collectors.joining());
    tool.runText(election.dir, stdin, "archive", "add-event", "--type=" + type);
    ArchiveWriter.append(ours, type, lines.stream().map(ToolElection::utf8).collect(Collectors.toList()));
    compare(type + " at height " + ArchiveWriter.lastEvent(ours).event().height());
  }

  private static void compare(String step) throws IOException {
    identicalAfter.put(step, Arrays.equals(Files.readAllBytes(ours), Files.readAllBytes(election.bel())));
  }

  @Test
  void createIsByteIdenticalToArchiveInit() {
    assertThat(identicalAfter).containsEntry("archive init", true);
  }

  @Test
  void everyAppendIsByteIdenticalToAddEvent() {
    assertThat(identicalAfter).hasSize(8).doesNotContainValue(false);
  }

  @Test
  void beleniosToolVerifiesOurArchive() throws Exception {
    Path dir = Files.createDirectories(root.resolve("verify"));
    Files.copy(ours, dir.resolve(ours.getFileName()));
    BeleniosTool.Result result = tool.tryRun(dir, new byte[0], "election", "verify");
    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stderr()).contains("I: all checks passed");
  }

  @Test
  void archiveMakeRegeneratesOurArchiveFromItsExtraction() throws Exception {
    Path extracted = Files.createDirectories(root.resolve("extracted"));
    Process tar = new ProcessBuilder("tar", "-xf", ours.toString(), "-C", extracted.toString())
        .redirectErrorStream(true).start();
    String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(tar.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(tar.exitValue()).as("tar -xf: " + output).isZero();
    byte[] regenerated = tool.run(extracted, new byte[0], "archive", "make", "--dir", ".");
    assertThat(regenerated).isEqualTo(Files.readAllBytes(ours));
  }

  @Test
  void readerReadsEveryEventAndItsDataFromAToolArchive() throws IOException {
    List<EventBlock> blocks = new ArrayList<>();
    try (ArchiveReader reader = ArchiveReader.open(election.bel())) {
      assertThat(reader.header().problems()).isEmpty();
      for (Optional<EventBlock> b = reader.nextBlock(); b.isPresent(); b = reader.nextBlock()) blocks.add(b.get());
      assertThat(reader.endProblems()).isEmpty();
    }
    assertThat(blocks).extracting(b -> b.event().event().type()).containsExactly(EventType.Setup,
        EventType.Ballot, EventType.Ballot, EventType.Ballot, EventType.EndBallots, EventType.EncryptedTally,
        EventType.PartialDecryption, EventType.Result);
    assertThat(blocks).extracting(b -> b.data().size()).containsExactly(4, 1, 1, 1, 0, 2, 2, 1);
    assertThat(blocks).allSatisfy(b -> {
      assertThat(b.problems()).isEmpty();
      assertThat(b.payload().isPresent()).isEqualTo(b.event().event().type().hasPayload());
    });
    assertThat(blocks.get(0).data().get(0).bytes()).isEqualTo(withoutFinalNewline(election.file("election.json")));
  }

  @Test
  void truncationIsRejectedByBothTheToolAndOurReader() throws Exception {
    Path dir = Files.createDirectories(root.resolve("truncated"));
    byte[] whole = Files.readAllBytes(ours);
    Path cut = Files.write(dir.resolve(ours.getFileName()), Arrays.copyOf(whole, whole.length - 100));
    assertThat(tool.tryRun(dir, new byte[0], "election", "verify").exitCode()).isNotZero();
    try (ArchiveReader reader = ArchiveReader.open(cut)) {
      ArchiveFormatException e = assertThrows(ArchiveFormatException.class, () -> {
        while (reader.nextItem().isPresent()) {
          // read to the failure
        }
      });
      assertThat(e.getMessage()).endsWith("(truncated archive)");
    }
  }

  private static byte[] withoutFinalNewline(byte[] file) {
    return file[file.length - 1] == '\n' ? Arrays.copyOf(file, file.length - 1) : file;
  }
}
