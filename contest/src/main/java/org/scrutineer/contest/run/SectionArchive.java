package org.scrutineer.contest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.scrutineer.archive.ArchiveReader;
import org.scrutineer.archive.DataItem;
import org.scrutineer.archive.EventBlock;
import org.scrutineer.archive.event.EventType;
import org.scrutineer.belenios.election.SetupData;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.tally.ElectionResult;

/** Reading a section's {@code UUID.bel}: its Setup payload, its ballots, its last event. */
final class SectionArchive {
  private SectionArchive() {}

  /** The one {@code *.bel} in {@code directory}. */
  static Path in(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> archives = files.filter(file -> file.getFileName().toString().endsWith(".bel")).toList();
      if (archives.size() != 1) {
        throw new IOException(directory + " should hold one .bel archive, holds " + archives.size());
      }
      return archives.get(0);
    }
  }

  /**
   * What an archive holds, in event order: the Setup payload hash, the election, trustees and
   * public credentials as stored, the ballots' exact bytes, the last event's type, and its {@code
   * Result} as stored, once tallied.
   */
  record Contents(long timestamp, String setupPayload, byte[] election, byte[] trustees, byte[] credentials, List<byte[]> ballots, EventType last,
      Optional<byte[]> result) {}

  static Contents read(Path bel) throws IOException {
    String setup = null;
    byte[][] files = null;
    List<byte[]> ballots = new ArrayList<>();
    EventType last = null;
    byte[] result = null;
    long timestamp;
    try (ArchiveReader reader = ArchiveReader.open(bel)) {
      timestamp = reader.header().header().timestamp();
      for (Optional<EventBlock> block = reader.nextBlock(); block.isPresent(); block = reader.nextBlock()) {
        EventBlock event = block.get();
        last = event.event().event().type();
        if (last == EventType.Setup) {
          setup = event.event().event().payload().orElseThrow();
          files = setupFiles(bel, event);
        } else if (last == EventType.Ballot) {
          DataItem payload = event.payload().orElseThrow(() -> new IOException(bel + ": a Ballot event without its ballot"));
          ballots.add(payload.entry().data());
        } else if (last == EventType.Result) {
          result = event.payload().orElseThrow(() -> new IOException(bel + ": a Result event without its result")).entry().data();
        }
      }
    }
    if (setup == null) {
      throw new IOException(bel + " has no Setup event");
    }
    return new Contents(timestamp, setup, files[0], files[1], files[2], ballots, last, Optional.ofNullable(result));
  }

  /**
   * The archive's {@code Result} event, parsed without checking anything: for archives {@code tally}
   * verified and whose digests still match.
   *
   * @param bel where {@code counted} was read from, for messages
   */
  static ElectionResult result(Path bel, Contents counted) throws IOException {
    byte[] result = counted.result().orElseThrow(() -> new IOException(bel + " has no Result event"));
    try {
      return ElectionResult.parse(result, org.scrutineer.belenios.election.Election.parse(counted.election()));
    } catch (BeleniosFormatException | IllegalStateException | IndexOutOfBoundsException e) {
      throw new IOException(bel + ": its Result is not the election's result: " + e.getMessage(), e);
    }
  }

  private static byte[][] setupFiles(Path bel, EventBlock setup) throws IOException {
    try {
      SetupData data = SetupData.parse(setup.payload().orElseThrow(() -> new IOException(bel + ": Setup without setup_data")).entry().data());
      byte[][] files = new byte[3][];
      String[] hashes = {data.election(), data.trustees(), data.credentials()};
      for (int i = 0; i < 3; i++) {
        String hash = hashes[i];
        files[i] = setup.data(hash).orElseThrow(() -> new IOException(bel + ": Setup names " + hash + ", which is not in the archive")).entry().data();
      }
      return files;
    } catch (BeleniosFormatException e) {
      throw new IOException(bel + ": " + e.getMessage(), e);
    }
  }
}
