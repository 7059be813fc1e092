package org.scrutineer.archive;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
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
import org.scrutineer.crypto.hash.Sha256;

/**
 * Streams a Belenios archive (Belenios spec 2.0 §4.4 "Public data") as typed items, holding one
 * entry (or one {@link EventBlock}) at a time, so a million-ballot archive reads in a small heap.
 *
 * <p>Checks, each reported as a located {@link ArchiveProblem} on the item at fault while reading
 * goes on: every name is the SHA-256 hex of the entry's bytes plus {@code .data.json} or
 * {@code .event.json}; events parse strictly; heights go 0, 1, 2…; every {@code parent} is the hash
 * of the previous event; every tar mtime is the header timestamp; tar headers and padding are the
 * bytes belenios-tool writes. An archive that cannot be read further (truncated, corrupted header,
 * no {@code BELENIOS} header) throws {@link ArchiveFormatException}.
 *
 * <p>Read with {@link #nextItem} or, to get each event with its data, {@link #nextBlock}; either may
 * follow the other. After the end, {@link #endProblems} lists what is wrong with the archive's tail.
 */
public final class ArchiveReader implements Closeable {
  private final BelTarReader tar;
  private final HeaderItem header;
  private final EventChain chain = new EventChain();
  private int dataSinceEvent;
  private TarHeader firstDataSinceEvent;
  private List<ArchiveProblem> endProblems;

  private ArchiveReader(BelTarReader tar) throws IOException {
    this.tar = tar;
    this.header = readHeader(tar);
  }

  /** Opens {@code bel} (a {@code UUID.bel}) and reads its {@code BELENIOS} header. */
  public static ArchiveReader open(Path bel) throws IOException {
    BelTarReader tar = BelTarReader.open(bel);
    try {
      return new ArchiveReader(tar);
    } catch (IOException | RuntimeException e) {
      tar.close();
      throw e;
    }
  }

  /** Reads an archive from {@code in} (closed by {@link #close}) and reads its header. */
  public static ArchiveReader open(InputStream in) throws IOException {
    return new ArchiveReader(new BelTarReader(in));
  }

  /**
   * The bytes of the first entry named {@code hash.data.json} in {@code bel}, streamed from the
   * file, for a second read of an entry that a full {@link ArchiveReader} pass has already checked:
   * nothing is checked here. Empty if there is no such entry. Closing the stream closes the file.
   */
  public static Optional<InputStream> dataEntry(Path bel, String hash) throws IOException {
    BelTarReader tar = BelTarReader.open(bel);
    try {
      String name = hash + ".data.json";
      for (Optional<TarHeader> header = tar.nextHeader(); header.isPresent(); header = tar.nextHeader()) {
        if (header.get().name().equals(name)) {
          return Optional.of(tar.dataStream());
        }
        tar.skipData();
      }
      tar.close();
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      tar.close();
      throw e;
    }
  }

  /** The {@code BELENIOS} header (entry 1). */
  public HeaderItem header() {
    return header;
  }

  /** The next data entry, event or malformed entry; empty at the end of the archive. */
  public Optional<ArchiveItem> nextItem() throws IOException {
    Optional<TarEntry> next = tar.next();
    if (next.isEmpty()) {
      finish();
      return Optional.empty();
    }
    TarEntry entry = next.get();
    String hash = sha256Hex(entry);
    List<ArchiveProblem> problems = new ArrayList<>(entry.problems());
    mtimeProblem(entry.header(), header.header().timestamp()).ifPresent(problems::add);
    Optional<EntryName> name = EntryName.parse(entry.name());
    if (name.isEmpty()) {
      nameProblem(entry.header()).ifPresent(problems::add);
      return Optional.of(new MalformedItem(entry, hash, problems));
    }
    hashProblem(entry.header(), name.get().hash(), hash).ifPresent(problems::add);
    if (name.get().kind() == EntryName.Kind.DATA) {
      if (dataSinceEvent++ == 0) firstDataSinceEvent = entry.header();
      return Optional.of(new DataItem(entry, hash, problems));
    }
    dataSinceEvent = 0;
    try {
      Event event = Event.parse(entry.data());
      problems.addAll(chain.accept(entry.header(), hash, event));
      return Optional.of(new EventItem(entry, hash, event, problems));
    } catch (MalformedJsonException e) {
      chain.acceptUnreadable(entry.header(), hash);
      problems.add(ArchiveProblem.at(entry.header(), e.getMessage()));
      return Optional.of(new MalformedItem(entry, hash, problems));
    }
  }

  /**
   * The next event with the entries read since the previous call; empty at the end of the archive
   * (data after the last event is then reported by {@link #endProblems}). Entries already returned
   * by {@link #nextItem} are not repeated.
   */
  public Optional<EventBlock> nextBlock() throws IOException {
    List<DataItem> data = new ArrayList<>();
    List<MalformedItem> malformed = new ArrayList<>();
    for (Optional<ArchiveItem> item = nextItem(); item.isPresent(); item = nextItem()) {
      if (item.get() instanceof EventItem event) {
        return Optional.of(new EventBlock(data, malformed, event));
      } else if (item.get() instanceof DataItem d) {
        data.add(d);
      } else if (item.get() instanceof MalformedItem m) {
        malformed.add(m);
      }
    }
    return Optional.empty();
  }

  /**
   * Problems of the archive's tail, once {@link #nextItem} or {@link #nextBlock} returned empty:
   * data entries after the last event, no event at all, tar end-of-archive zero blocks.
   *
   * @throws IllegalStateException before the end was reached
   */
  public List<ArchiveProblem> endProblems() {
    if (endProblems == null) throw new IllegalStateException("read to the end of the archive first");
    return endProblems;
  }

  /** The newest event read so far that parsed, and its hash. */
  public Optional<LastEvent> lastEvent() {
    return chain.last();
  }

  @Override
  public void close() throws IOException {
    tar.close();
  }

  private void finish() {
    if (endProblems != null) return;
    List<ArchiveProblem> problems = new ArrayList<>();
    if (chain.isEmpty()) {
      problems.add(ArchiveProblem.at(header.index() + 1, tar.position(),
          "the archive has no event; belenios-tool archive init writes a Setup event after the setup data"));
    }
    if (dataSinceEvent > 0) {
      problems.add(ArchiveProblem.at(firstDataSinceEvent, "the archive ends with " + dataSinceEvent
          + " data entries (from entry " + firstDataSinceEvent.index() + ") that no event follows; every "
          + "append ends with an event, so an append was interrupted or the archive was cut"));
    }
    problems.addAll(tar.endProblems());
    endProblems = List.copyOf(problems);
  }

  /** Reads entry 1, which must be a valid {@code BELENIOS} header; shared with {@link ArchiveScan}. */
  static HeaderItem readHeader(BelTarReader tar) throws IOException {
    Optional<TarEntry> first = tar.next();
    if (first.isEmpty()) {
      throw new ArchiveFormatException(ArchiveProblem.at(1, 0,
          "the archive is empty; it must start with the BELENIOS header entry"));
    }
    TarEntry entry = first.get();
    if (!entry.name().equals(ArchiveHeader.ENTRY_NAME)) {
      throw new ArchiveFormatException(ArchiveProblem.at(entry.header(),
          "the first entry must be the BELENIOS header (is this a Belenios 2.0 archive?)"));
    }
    ArchiveHeader header;
    try {
      header = ArchiveHeader.parse(entry.data());
    } catch (MalformedJsonException e) {
      throw new ArchiveFormatException(ArchiveProblem.at(entry.header(), e.getMessage()));
    }
    List<ArchiveProblem> problems = new ArrayList<>(entry.problems());
    mtimeProblem(entry.header(), header.timestamp()).ifPresent(problems::add);
    return new HeaderItem(entry, sha256Hex(entry), header, problems);
  }

  /** belenios-tool writes the header timestamp as the mtime of every entry, the header's own included. */
  static Optional<ArchiveProblem> mtimeProblem(TarHeader entry, long timestamp) {
    if (entry.mtime() == timestamp) return Optional.empty();
    return Optional.of(ArchiveProblem.at(entry, "tar mtime is " + entry.mtime() + " but the archive timestamp "
        + "(BELENIOS header) is " + timestamp + "; belenios-tool writes that timestamp on every entry"));
  }

  /** The name check shared with {@link ArchiveScan}; empty name means the entry cannot be typed. */
  static Optional<ArchiveProblem> nameProblem(TarHeader entry) {
    if (EntryName.parse(entry.name()).isPresent()) return Optional.empty();
    String what = entry.name().equals(ArchiveHeader.ENTRY_NAME) ? "a second BELENIOS header; " : "";
    return Optional.of(ArchiveProblem.at(entry, what + "the name is not " + EntryName.EXPECTED));
  }

  static Optional<ArchiveProblem> hashProblem(TarHeader entry, String nameHash, String hash) {
    if (nameHash.equals(hash)) return Optional.empty();
    return Optional.of(ArchiveProblem.at(entry, "the name says " + nameHash + " but the SHA-256 of its "
        + entry.size() + " bytes is " + hash + " (the entry was altered or renamed)"));
  }

  static String sha256Hex(TarEntry entry) {
    MessageDigest digest = Sha256.newDigest();
    digest.update(entry.dataBuffer());
    return HexFormat.of().formatHex(digest.digest());
  }
}
