package org.scrutineer.electorate.csv;

import java.io.Reader;
import java.util.Objects;
import java.util.Optional;

/**
 * The CSV files of one import, each as the name to report problems against and a reader (the
 * caller opens and closes them). Any may be absent.
 */
public record ExtractSources(
    Optional<Source> clps, Optional<Source> members, Optional<Source> registeredSupporters, Optional<Source> affiliatedSupporters, Optional<Source> exclusions) {
  public ExtractSources {
    Objects.requireNonNull(clps, "clps");
    Objects.requireNonNull(members, "members");
    Objects.requireNonNull(registeredSupporters, "registeredSupporters");
    Objects.requireNonNull(affiliatedSupporters, "affiliatedSupporters");
    Objects.requireNonNull(exclusions, "exclusions");
  }

  public record Source(String name, Reader reader) {
    public Source {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(reader, "reader");
    }
  }
}
