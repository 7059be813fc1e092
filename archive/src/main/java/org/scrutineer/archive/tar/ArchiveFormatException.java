package org.scrutineer.archive.tar;

import java.io.IOException;
import java.util.Objects;

/**
 * Thrown when a Belenios archive (Belenios spec 2.0 §4.4 "Public data") cannot be read any further:
 * a truncated or corrupted tar header, or a missing {@code BELENIOS} header. It is an
 * {@link IOException}, like {@code java.util.zip.ZipException}, because the stream's bytes are bad;
 * the located {@link ArchiveProblem} says where and what.
 */
public final class ArchiveFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient ArchiveProblem problem;

  public ArchiveFormatException(ArchiveProblem problem) {
    super(problem.toString());
    this.problem = Objects.requireNonNull(problem);
  }

  /** Where the archive stopped being readable, and why. */
  public ArchiveProblem problem() {
    return problem;
  }
}
