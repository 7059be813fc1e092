package org.scrutineer.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scrutineer.archive.event.ArchiveHeader;
import org.scrutineer.archive.event.Event;
import org.scrutineer.archive.event.MalformedJsonException;
import org.scrutineer.archive.tar.ArchiveFormatException;
import org.scrutineer.archive.tar.ArchiveProblem;
import org.scrutineer.archive.tar.BelTarReader;
import org.scrutineer.archive.tar.TarEntry;
import org.scrutineer.archive.tar.TarHeader;

/**
 * What {@code archive add-event} needs before appending (Belenios spec 2.0 §4.4): the header
 * timestamp and the last event, found by streaming the archive. Data entries are skipped, not read
 * or hashed, so the scan costs header reads rather than a pass over every ballot; events are read
 * and the chain checked. Any problem refuses the append: growing a damaged board would bury it.
 */
final class ArchiveScan {
  /** Where the archive stands: its header and newest event. */
  record Tip(ArchiveHeader header, LastEvent last) {}

  private ArchiveScan() {}

  /** Scans the first {@code length} bytes of {@code bel}; throws on the first problem found. */
  static Tip scan(Path bel, long length) throws IOException {
    try (BelTarReader tar = new BelTarReader(new BufferedInputStream(Files.newInputStream(bel), 8192), length)) {
      HeaderItem header = ArchiveReader.readHeader(tar);
      refuseIf(header.problems());
      long timestamp = header.header().timestamp();
      EventChain chain = new EventChain();
      TarHeader trailingData = null;
      for (Optional<TarHeader> next = tar.nextHeader(); next.isPresent(); next = tar.nextHeader()) {
        TarHeader entry = next.get();
        List<ArchiveProblem> problems = new ArrayList<>(entry.problems());
        ArchiveReader.mtimeProblem(entry, timestamp).ifPresent(problems::add);
        ArchiveReader.nameProblem(entry).ifPresent(problems::add);
        refuseIf(problems);
        EntryName name = EntryName.parse(entry.name()).orElseThrow();
        if (name.kind() == EntryName.Kind.DATA) {
          tar.skipData();
          if (trailingData == null) trailingData = entry;
          continue;
        }
        trailingData = null;
        TarEntry event = tar.readData();
        String hash = ArchiveReader.sha256Hex(event);
        problems.addAll(event.problems());
        ArchiveReader.hashProblem(entry, name.hash(), hash).ifPresent(problems::add);
        try {
          problems.addAll(chain.accept(entry, hash, Event.parse(event.data())));
        } catch (MalformedJsonException e) {
          problems.add(ArchiveProblem.at(entry, e.getMessage()));
        }
        refuseIf(problems);
      }
      refuseIf(tar.endProblems());
      if (trailingData != null) {
        refuseIf(List.of(ArchiveProblem.at(trailingData, "data entries from here on are followed by no event "
            + "(an earlier append was interrupted); repair the archive before appending")));
      }
      LastEvent last = chain.last().orElseThrow(() -> new ArchiveFormatException(ArchiveProblem.at(
          header.index() + 1, tar.position(), "the archive has no event; create it with archive init")));
      return new Tip(header.header(), last);
    }
  }

  private static void refuseIf(List<ArchiveProblem> problems) throws ArchiveFormatException {
    if (!problems.isEmpty()) throw new ArchiveFormatException(problems.get(0));
  }
}
