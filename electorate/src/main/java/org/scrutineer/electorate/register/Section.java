package org.scrutineer.electorate.register;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three sections of a Labour-style electorate. Results are published per section, and each
 * person votes in at most one of them (section precedence in the ruleset decides which).
 */
public enum Section {
  /** Individual members of the party. */
  MEMBER("member"),
  /** People who registered and paid a fee in a fixed window (2016: £25 within 48 hours). */
  REGISTERED_SUPPORTER("registered_supporter"),
  /** Members of an affiliated trade union or society who signed up through it. */
  AFFILIATED_SUPPORTER("affiliated_supporter");

  private final String key;

  Section(String key) {
    this.key = key;
  }

  /** The name used in files and reports: {@code member}, {@code registered_supporter}, {@code affiliated_supporter}. */
  public String key() {
    return key;
  }

  public static Optional<Section> fromKey(String key) {
    return Arrays.stream(values()).filter(section -> section.key.equals(key)).findFirst();
  }

  @Override
  public String toString() {
    return key;
  }
}
