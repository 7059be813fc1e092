package org.scrutineer.contest.report;

/**
 * A file the result is computed from or published with, and its SHA-256 (hex), so a reader can
 * check they hold the same bytes: the archives, {@code removals.json}, {@code contest.json}.
 *
 * @param path inside the contest directory, e.g. {@code sections/member/counted/UUID.bel}
 */
public record PublishedFile(String path, String sha256) {
  public PublishedFile {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("a published file has a path");
    }
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(path + ": a SHA-256 is 64 lower-case hex digits, got \"" + sha256 + "\"");
    }
  }
}
