package org.scrutineer.count.input;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The ballot file formats {@code --format} names (docs/formats/ballots.md has one section each).
 * Without {@code --format} the file's extension decides ({@link #byExtension}).
 */
public enum BallotFormat {
  CSV("csv"),
  BLT("blt"),
  SOI("soi"),
  TOC("toc"),
  TOI("toi"),
  /** Decrypted ballots of a Belenios non-homomorphic question: a JSON array of integer arrays. */
  BELENIOS("belenios");

  private final String flag;

  BallotFormat(String flag) {
    this.flag = flag;
  }

  public String flag() {
    return flag;
  }

  public static Optional<BallotFormat> byFlag(String flag) {
    return Arrays.stream(values()).filter(f -> f.flag.equals(flag)).findFirst();
  }

  /**
   * The format of a file named {@code name}, by its extension ({@code ward7.BLT} is .blt); a
   * {@code .json} file is taken for Belenios ballots, the one JSON ballot format.
   */
  public static Optional<BallotFormat> byExtension(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return extension.equals("json") ? Optional.of(BELENIOS) : byFlag(extension);
  }

  /** {@code csv, blt, soi, toc, toi, belenios}: for messages listing the choices. */
  public static String flags() {
    return Arrays.stream(values()).map(BallotFormat::flag).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return flag;
  }
}
