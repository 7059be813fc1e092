package org.scrutineer.archive;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.scrutineer.archive.event.ArchiveHeader;
import org.scrutineer.archive.event.Event;
import org.scrutineer.archive.event.EventType;
import org.scrutineer.archive.tar.BelTarWriter;
import org.scrutineer.crypto.hash.Sha256;

/**
 * A valid archive of {@code ballots} small ballots, generated entry by entry as it is read, so
 * tests can stream millions of entries without the archive existing anywhere in full.
 */
final class SyntheticArchive extends InputStream {
  private final long ballots;
  private long produced = -1; // -1: header and setup not yet produced
  private String lastEvent;
  private byte[] chunk = new byte[0];
  private int position;

  SyntheticArchive(long ballots) {
    this.ballots = ballots;
  }

  @Override
  public int read() {
    if (!fill()) return -1;
    return chunk[position++] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) return 0;
    if (!fill()) return -1;
    int n = Math.min(length, chunk.length - position);
    System.arraycopy(chunk, position, buffer, offset, n);
    position += n;
    return n;
  }

  private boolean fill() {
    if (position < chunk.length) return true;
    if (produced >= ballots) return false;
    chunk = produced < 0 ? setup() : ballot(produced + 1);
    produced++;
    position = 0;
    return true;
  }

  private byte[] setup() {
    ArchiveBuilder setup = new ArchiveBuilder().setup();
    lastEvent = setup.lastEvent();
    return setup.bytes();
  }

  private byte[] ballot(long height) {
    byte[] data = ("{\"ballot\":" + height + "}").getBytes(StandardCharsets.US_ASCII);
    String payload = Sha256.hex(data);
    byte[] event = new Event(Optional.of(lastEvent), height, EventType.Ballot, Optional.of(payload)).toBytes();
    lastEvent = Sha256.hex(event);
    byte[] d = BelTarWriter.entry(payload + ".data.json", data, ArchiveBuilder.TIMESTAMP);
    byte[] e = BelTarWriter.entry(lastEvent + ".event.json", event, ArchiveBuilder.TIMESTAMP);
    byte[] both = new byte[d.length + e.length];
    System.arraycopy(d, 0, both, 0, d.length);
    System.arraycopy(e, 0, both, d.length, e.length);
    return both;
  }

  static {
    // The header timestamp and ArchiveBuilder's entry mtime must agree for a problem-free archive.
    ArchiveHeader.at(ArchiveBuilder.TIMESTAMP);
  }
}
