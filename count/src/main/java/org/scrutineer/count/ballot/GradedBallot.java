package org.scrutineer.count.ballot;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/**
 * One majority-judgment ballot: {@code grades[c]} is candidate c's grade, 1 = best … G = worst, 0 =
 * not graded; a ballot of all zeros is blank (as Belenios' majority-judgment questions).
 *
 * @param section the electorate section ({@code ""} when the count has none)
 */
public record GradedBallot(int[] grades, BigDecimal weight, String section) {
  public GradedBallot {
    Objects.requireNonNull(grades, "grades");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(section, "section");
    if (weight.signum() < 0) {
      throw new IllegalArgumentException("a ballot's weight is negative: " + weight);
    }
    grades = grades.clone();
  }

  @Override
  public int[] grades() {
    return grades.clone();
  }

  public int grade(int candidate) {
    return grades[candidate];
  }

  public boolean blank() {
    return Arrays.stream(grades).allMatch(g -> g == 0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GradedBallot other && Arrays.equals(grades, other.grades) && section.equals(other.section)
        && weight.compareTo(other.weight) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(grades), section);
  }

  @Override
  public String toString() {
    return Arrays.toString(grades) + "×" + weight.toPlainString() + (section.isEmpty() ? "" : "@" + section);
  }
}
