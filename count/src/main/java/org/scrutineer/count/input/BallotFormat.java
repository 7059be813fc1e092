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
  TOI("toi");

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

  /** The format of a file named {@code name}, by its extension ({@code ward7.BLT} is .blt). */
  public static Optional<BallotFormat> byExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : byFlag(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** {@code csv, blt, soi, toc, toi}: for messages listing the choices. */
  public static String flags() {
    return Arrays.stream(values()).map(BallotFormat::flag).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return flag;
  }
}
