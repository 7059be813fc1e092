package org.scrutineer.archive.verify;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.scrutineer.crypto.hash.Sha256;

/**
 * A SHA-256 value kept as four longs: the verifier remembers one per credential and one per ballot,
 * and a million of these take a tenth of the memory of hex strings or 2048-bit numbers.
 */
record Digest(long a, long b, long c, long d) {

  static Digest ofHex(String hex) {
    return of(HexFormat.of().parseHex(hex));
  }

  static Digest ofText(String text) {
    return of(Sha256.digest(text.getBytes(StandardCharsets.US_ASCII)));
  }

  private static Digest of(byte[] digest) {
    ByteBuffer buffer = ByteBuffer.wrap(digest);
    return new Digest(buffer.getLong(), buffer.getLong(), buffer.getLong(), buffer.getLong());
  }
}
