package org.scrutineer.count.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of a report's {@code details} a reader of a method without rounds needs on the
 * terminal: the valid and blank ballots, Schulze's pairwise preferences (who preferred the row's
 * candidate to the column's), majority judgment's grade counts and majority grades, and the
 * ranking; then, when the ballots carry sections, each section's ballots and its own pairwise matrix
 * or grade counts, in the same tables. Anything else stays in the JSON report. Pure.
 */
final class DetailsText {
  private DetailsText() {}

  static List<String> lines(Map<String, Object> details) {
    List<String> out = new ArrayList<>(valid(details));
    if (details.get("pairwise") instanceof Map<?, ?> pairwise) {
      out.add("");
      out.add("Pairwise preferences (ballots ranking the row's candidate above the column's):");
      out.addAll(pairwise(pairwise));
    }
    graded(details).ifPresent(graded -> {
      out.add("");
      out.add("Grades (how many ballots gave each grade, best first) and majority grade:");
      out.addAll(grades(graded, true));
    });
    if (details.get("ranking") instanceof List<?> ranking) {
      List<String> places = new ArrayList<>();
      int place = 1;
      for (Object group : ranking) {
        List<?> tied = group instanceof List<?> l ? l : List.of(group);
        places.add(place + ". " + String.join(" = ", tied.stream().map(String::valueOf).toList()));
        place += tied.size();
      }
      out.add("");
      out.add("Ranking: " + String.join("; ", places));
    }
    if (details.get("sections") instanceof Map<?, ?> sections) {
      // a section holds the same keys as the whole (valid, blank, pairwise or candidates), so the
      // same tables; majority grades and the ranking are the whole count's only
      sections.forEach((name, value) -> {
        if (value instanceof Map<?, ?> section) {
          out.add("");
          out.add("Section " + name + ":");
          out.addAll(valid(section));
          if (section.get("pairwise") instanceof Map<?, ?> pairwise) {
            out.addAll(pairwise(pairwise));
          }
          graded(section).ifPresent(graded -> out.addAll(grades(graded, false)));
        }
      });
    }
    return out;
  }

  private static List<String> valid(Map<?, ?> details) {
    if (!details.containsKey("valid")) {
      return List.of();
    }
    return List.of("Valid ballots: " + details.get("valid") + (details.containsKey("blank") ? ", blank: " + details.get("blank") : ""));
  }

  /** Majority judgment's {@code candidates} (name → {grades…}), if the details have them. */
  private static Optional<Map<?, ?>> graded(Map<?, ?> details) {
    return details.get("candidates") instanceof Map<?, ?> graded
        && graded.values().stream().allMatch(v -> v instanceof Map<?, ?> m && m.containsKey("grades"))
        ? Optional.of(graded) : Optional.empty();
  }

  private static List<String> pairwise(Map<?, ?> pairwise) {
    List<String> names = pairwise.keySet().stream().map(String::valueOf).toList();
    List<List<String>> rows = new ArrayList<>();
    List<String> head = new ArrayList<>();
    head.add("");
    head.addAll(names);
    rows.add(head);
    for (String row : names) {
      List<String> cells = new ArrayList<>();
      cells.add(row);
      Map<?, ?> against = (Map<?, ?>) pairwise.get(row);
      for (String column : names) {
        cells.add(row.equals(column) ? "-" : String.valueOf(against.get(column)));
      }
      rows.add(cells);
    }
    return Columns.aligned(rows, c -> c == 0);
  }

  /** @param majority whether to add the majority-grade column (sections have none) */
  private static List<String> grades(Map<?, ?> graded, boolean majority) {
    List<List<String>> rows = new ArrayList<>();
    int width = graded.values().stream().mapToInt(value -> ((List<?>) ((Map<?, ?>) value).get("grades")).size()).max().orElse(0);
    List<String> head = new ArrayList<>();
    head.add("Candidate");
    for (int g = 1; g <= width; g++) {
      head.add("grade " + g);
    }
    if (majority) {
      head.add("majority grade");
    }
    rows.add(head);
    graded.forEach((name, value) -> {
      Map<?, ?> v = (Map<?, ?>) value;
      List<String> cells = new ArrayList<>();
      cells.add(String.valueOf(name));
      ((List<?>) v.get("grades")).forEach(count -> cells.add(String.valueOf(count)));
      while (cells.size() < width + 1) {
        cells.add("");
      }
      if (majority) {
        cells.add(v.containsKey("majorityGrade") ? String.valueOf(v.get("majorityGrade")) : "");
      }
      rows.add(cells);
    });
    return Columns.aligned(rows, c -> c == 0);
  }
}
