package org.scrutineer.archive;

import java.util.Optional;

/**
 * Reads a {@link SyntheticArchive} of N ballots block by block and prints what it saw; run in a
 * child JVM with a small heap by {@link ArchiveReaderStreamingTest}.
 */
public final class StreamingProbe {
  private StreamingProbe() {}

  public static void main(String[] args) throws Exception {
    long ballots = Long.parseLong(args[0]);
    long events = 0;
    long problems = 0;
    long height = -1;
    try (ArchiveReader reader = ArchiveReader.open(new SyntheticArchive(ballots))) {
      for (Optional<EventBlock> b = reader.nextBlock(); b.isPresent(); b = reader.nextBlock()) {
        events++;
        problems += b.get().problems().size();
        height = b.get().event().event().height();
        if (b.get().payload().isEmpty()) problems++;
      }
      problems += reader.endProblems().size();
    }
    System.out.println("events=" + events + " lastHeight=" + height + " problems=" + problems);
  }
}
