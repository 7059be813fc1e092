package org.scrutineer.electorate.synthetic;

import java.util.ArrayList;
import java.util.List;

/** A choice among values by whole-number weights, drawn by binary search on the running totals. */
final class Weighted<T> {
  private final List<T> values;
  private final long[] cumulative;

  private Weighted(List<T> values, long[] cumulative) {
    this.values = List.copyOf(values);
    this.cumulative = cumulative;
  }

  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  T pick(Draw draw) {
    long target = draw.below(cumulative[cumulative.length - 1]);
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (cumulative[middle] > target) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return values.get(low);
  }

  static final class Builder<T> {
    private final List<T> values = new ArrayList<>();
    private final List<Long> weights = new ArrayList<>();

    Builder<T> add(T value, long weight) {
      if (weight <= 0) {
        throw new IllegalArgumentException("a weight is positive: " + value + " " + weight);
      }
      values.add(value);
      weights.add(weight);
      return this;
    }

    Weighted<T> build() {
      long[] cumulative = new long[weights.size()];
      long total = 0;
      for (int i = 0; i < cumulative.length; i++) {
        total += weights.get(i);
        cumulative[i] = total;
      }
      if (cumulative.length == 0) {
        throw new IllegalStateException("nothing to choose from");
      }
      return new Weighted<>(values, cumulative);
    }
  }
}
