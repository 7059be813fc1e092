package org.scrutineer.contest.run;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where the register the electorate step evaluated came from, as {@code electorate/snapshot.json}
 * records it: a directory of CSV extracts with each file's SHA-256, or a store.
 *
 * @param kind {@code extracts} or {@code store}
 * @param location the directory or the store's file or URL (without password)
 * @param files each extract's name and SHA-256; empty for a store
 */
public record ElectorateSource(String kind, String location, Map<String, String> files) {
  public ElectorateSource {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
  }
}
