package org.scrutineer.cli.nominations;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The example sets of examples/nominations/ (copied onto the test classpath by cli/pom.xml). */
final class ExampleSets {
  static final String[] FILES = {
    "--rules", "rules.json", "--nominators", "nominators.csv", "--nominations", "nominations.csv",
    "--withdrawals", "withdrawals.csv", "--clp", "clp.csv", "--affiliates", "affiliates.csv"
  };

  private ExampleSets() {}

  /** The directory of one set, e.g. {@code 2016-challenge}. */
  static Path directory(String set) {
    URL url = ExampleSets.class.getResource("/examples/nominations/" + set);
    if (url == null) {
      throw new IllegalStateException("examples/nominations/" + set + " is not on the test classpath");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code first…}, then every file option of the set, then {@code last…}. */
  static String[] args(List<String> first, String... last) {
    List<String> all = new ArrayList<>(first);
    all.addAll(List.of(FILES));
    all.addAll(List.of(last));
    return all.toArray(String[]::new);
  }
}
