package org.scrutineer.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.scrutineer.archive.event.ArchiveHeader;
import org.scrutineer.archive.event.Event;
import org.scrutineer.archive.event.EventType;
import org.scrutineer.archive.tar.ArchiveFormatException;
import org.scrutineer.archive.tar.BelTarWriter;
import org.scrutineer.crypto.hash.Sha256;

/**
 * Creates and grows a Belenios archive {@code UUID.bel} (Belenios spec 2.0 §4.4 "Public data")
 * exactly as {@code belenios-tool archive init} and {@code archive add-event} do, so that
 * {@code belenios-tool archive make} regenerates our archives byte for byte.
 *
 * <p>Append-only and durable: bytes are only ever added at the end, under an exclusive file lock,
 * and {@link FileChannel#force} runs before a call returns. If writing fails part way, the file is
 * truncated back to its previous length, so a crash-free failure never leaves half an event.
 */
public final class ArchiveWriter {
  private ArchiveWriter() {}

  /**
   * Belenios spec 2.0 §4.4 and §4.10: {@code belenios-tool archive init}. Creates
   * {@code dir/UUID.bel} (UUID from the election's {@code uuid} field) holding the {@code BELENIOS}
   * header, the election, trustees and public credentials as data, {@code setup_data}
   * {@code {"election":H,"trustees":H,"credentials":H}} and the {@code Setup} event, every entry
   * stamped {@code timestamp}. The inputs are normalised as the tool normalises its files (see
   * {@link SetupFiles}); the file must not exist yet.
   *
   * @param timestamp Unix seconds recorded in the header and as every entry's mtime
   * @return the path of the new archive
   */
  public static Path create(Path dir, byte[] election, byte[] trustees, byte[] publicCredentials, long timestamp)
      throws IOException {
    SetupFiles setup = SetupFiles.of(election, trustees, publicCredentials);
    ArchiveHeader header = ArchiveHeader.at(timestamp);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BelTarWriter tar = new BelTarWriter(bytes);
    tar.write(ArchiveHeader.ENTRY_NAME, header.toBytes(), timestamp);
    for (byte[] data : List.of(setup.election(), setup.trustees(), setup.publicCredentials(), setup.setupData())) {
      tar.write(EntryName.of(Sha256.hex(data), EntryName.Kind.DATA), data, timestamp);
    }
    Event event = new Event(Optional.empty(), 0, EventType.Setup, Optional.of(Sha256.hex(setup.setupData())));
    tar.write(EntryName.of(Sha256.hex(event.toBytes()), EntryName.Kind.EVENT), event.toBytes(), timestamp);

    Path bel = dir.resolve(setup.uuid() + ".bel");
    try (FileChannel channel = FileChannel.open(bel, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      try {
        writeFully(channel, ByteBuffer.wrap(bytes.toByteArray()));
        channel.force(true);
      } catch (IOException | RuntimeException | Error e) {
        Files.deleteIfExists(bel);
        throw e;
      }
    }
    syncDirectory(dir);
    return bel;
  }

  /**
   * Belenios spec 2.0 §4.4: {@code belenios-tool archive add-event --type TYPE} with
   * {@code dataLines} as its standard input: each line becomes a data entry, the last one the
   * event's payload; no lines gives an event without payload. The parent and height come from the
   * archive's last event, found by streaming it; the archive must read without problems.
   *
   * <p>Stricter than the tool in one way: the number of lines must be the one belenios-tool's own
   * commands produce for that type (1 for {@code Ballot} and {@code Result}; 2 for
   * {@code EncryptedTally}, {@code Shuffle}, {@code PartialDecryption}; none for {@code EndBallots},
   * {@code EndShuffles}), because {@code archive make} regenerates only that shape and
   * {@code election verify} fails on any other.
   *
   * @return the appended event and its hash
   * @throws ArchiveFormatException if the existing archive has a problem (nothing is written)
   * @throws IllegalArgumentException if the lines do not fit the event type
   */
  public static LastEvent append(Path bel, EventType type, List<byte[]> dataLines) throws IOException {
    return append(bel, type, dataLines, channel -> channel);
  }

  /** One event to append with its data lines, as {@link #append} takes them. */
  public record PendingEvent(EventType type, List<byte[]> dataLines) {
    public PendingEvent {
      dataLines = List.copyOf(dataLines);
    }
  }

  /**
   * Appends several events in one write and one fsync — e.g. a batch of ballots — with the same
   * checks and all-or-nothing roll-back as {@link #append}. Scanning the archive once instead of
   * once per event keeps appending N ballots linear in N.
   *
   * @return the last appended event and its hash
   */
  public static LastEvent appendAll(Path bel, List<PendingEvent> events) throws IOException {
    return appendAll(bel, events, channel -> channel);
  }

  /** As {@link #append(Path, EventType, List)}, writing through {@code sink} (tests inject failures). */
  static LastEvent append(Path bel, EventType type, List<byte[]> dataLines,
      Function<FileChannel, WritableByteChannel> sink) throws IOException {
    return appendAll(bel, List.of(new PendingEvent(type, dataLines)), sink);
  }

  private static LastEvent appendAll(Path bel, List<PendingEvent> events,
      Function<FileChannel, WritableByteChannel> sink) throws IOException {
    if (events.isEmpty()) {
      throw new IllegalArgumentException("no event to append");
    }
    for (PendingEvent pending : events) {
      EventLines.check(pending.type(), pending.dataLines());
    }
    try (FileChannel channel = FileChannel.open(bel, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      // Exclusive against other Scrutineer appenders (scan and write as one step); closing the
      // channel releases it. belenios-tool takes no lock, hence the size re-check below.
      channel.lock();
      long length = channel.size();
      ArchiveScan.Tip tip = ArchiveScan.scan(bel, length);
      long timestamp = tip.header().timestamp();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      BelTarWriter tar = new BelTarWriter(bytes);
      LastEvent last = tip.last();
      for (PendingEvent pending : events) {
        Optional<String> payload = Optional.empty();
        for (byte[] line : pending.dataLines()) {
          payload = Optional.of(Sha256.hex(line));
          tar.write(EntryName.of(payload.get(), EntryName.Kind.DATA), line, timestamp);
        }
        Event event = new Event(Optional.of(last.hash()), last.event().height() + 1, pending.type(), payload);
        String hash = Sha256.hex(event.toBytes());
        tar.write(EntryName.of(hash, EntryName.Kind.EVENT), event.toBytes(), timestamp);
        last = new LastEvent(hash, event);
      }

      if (channel.size() != length) {
        throw new IOException(bel + " grew from " + length + " to " + channel.size()
            + " bytes while Scrutineer was appending (another program writing without a lock?); nothing written");
      }
      try {
        writeFully(sink.apply(channel), ByteBuffer.wrap(bytes.toByteArray()));
        channel.force(true);
      } catch (IOException | RuntimeException | Error e) {
        rollBack(channel, length, e);
        throw e;
      }
      return last;
    }
  }

  /** Belenios spec 2.0 §4.4: the newest event of {@code bel} and its hash, by streaming the archive. */
  public static LastEvent lastEvent(Path bel) throws IOException {
    return ArchiveScan.scan(bel, Files.size(bel)).last();
  }

  private static void writeFully(WritableByteChannel channel, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) channel.write(buffer);
  }

  /** Undoes a partial append; a failure to undo is attached to the original failure, never hides it. */
  private static void rollBack(FileChannel channel, long length, Throwable cause) {
    try {
      channel.truncate(length);
      channel.force(true);
    } catch (IOException | UncheckedIOException e) {
      cause.addSuppressed(e);
    }
  }

  /** A new file's name is only durable once its directory is synced (Linux; other systems may refuse). */
  private static void syncDirectory(Path dir) {
    try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
      directory.force(true);
    } catch (IOException e) {
      // Not supported on every platform (Windows); the file itself is already forced.
    }
  }
}
