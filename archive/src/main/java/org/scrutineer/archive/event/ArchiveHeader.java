package org.scrutineer.archive.event;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Belenios spec 2.0 §4.4 "Public data", {@code header}: the first entry of every archive, named
 * {@code BELENIOS}. belenios-tool writes {@code {"version":1,"timestamp":"1795443161"}}, the
 * timestamp as a JSON <em>string</em> of Unix seconds (atdgen's int64), and uses that timestamp as
 * the tar mtime of every entry.
 *
 * @param version archive format version; 1 is the only one
 * @param timestamp Unix seconds at which the archive was created
 */
public record ArchiveHeader(int version, long timestamp) {
  /** The tar entry name of the header. */
  public static final String ENTRY_NAME = "BELENIOS";

  /** The only archive version belenios-tool 2.0 reads and writes. */
  public static final int VERSION = 1;

  /** The tar mtime field holds 11 octal digits. */
  private static final long MAX_TIMESTAMP = 077777777777L;

  private static final List<String> FIELDS = List.of("version", "timestamp");

  public ArchiveHeader {
    if (version != VERSION) {
      throw new IllegalArgumentException("archive version must be " + VERSION + ", got " + version);
    }
    if (timestamp < 0 || timestamp > MAX_TIMESTAMP) {
      throw new IllegalArgumentException("timestamp must be 0.." + MAX_TIMESTAMP + " seconds, got " + timestamp);
    }
  }

  /** A version-1 header created at {@code timestamp} (Unix seconds). */
  public static ArchiveHeader at(long timestamp) {
    return new ArchiveHeader(VERSION, timestamp);
  }

  /**
   * Belenios spec 2.0 §4.4: parses the {@code BELENIOS} entry strictly.
   *
   * @throws MalformedJsonException naming the field at fault and what was expected
   */
  public static ArchiveHeader parse(byte[] json) throws MalformedJsonException {
    StrictJson object = StrictJson.object(json, "the BELENIOS header", FIELDS);
    long version = object.requiredNonNegativeLong("version");
    if (version != VERSION) {
      throw new MalformedJsonException("version",
          "archive version " + version + " is not supported; belenios-tool 2.0 writes version 1");
    }
    String text = object.requiredString("timestamp");
    if (!text.matches("0|[1-9][0-9]{0,11}") || Long.parseLong(text) > MAX_TIMESTAMP) {
      throw new MalformedJsonException("timestamp",
          "expected Unix seconds as a JSON string of digits, e.g. \"1795443161\", found \"" + text + "\"");
    }
    ArchiveHeader header = new ArchiveHeader(VERSION, Long.parseLong(text));
    StrictJson.requireCanonical(json, header.toJson(), "the BELENIOS header");
    return header;
  }

  /** Belenios spec 2.0 §4.4: the exact text belenios-tool writes. */
  public String toJson() {
    return "{\"version\":" + version + ",\"timestamp\":\"" + timestamp + "\"}";
  }

  /** The bytes of the {@code BELENIOS} entry. */
  public byte[] toBytes() {
    return toJson().getBytes(StandardCharsets.US_ASCII);
  }
}
