package org.scrutineer.count.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;

/**
 * Reads PrefLib's ordinal preference files (docs/formats/ballots.md, "PrefLib"), as preflib.org's
 * "Data Format" page defines them since 2022: metadata lines {@code # NUMBER ALTERNATIVES: 4} and
 * {@code # ALTERNATIVE NAME 1: Adam} (others, e.g. {@code # TITLE}, read or ignored), then one line
 * per distinct order, {@code COUNT: 1,3,{2,4}}, alternatives by number, braces for a tie.
 *
 * <p>The three types differ in what an order may be: {@code .soi} strict and possibly incomplete
 * (no ties); {@code .toc} complete, ties allowed; {@code .toi} ties allowed, possibly incomplete.
 * A tie is one rank with several candidates (an overvote to IRV and STV, an equal ranking to
 * Schulze). Files in the format before 2022 (first line the number of alternatives, then {@code
 * N,NAME} lines, a {@code VOTERS,SUM,UNIQUE} line and {@code COUNT,1,3,{2,4}} lines) are read too.
 */
public final class PrefLibBallots {
  /** The three ordinal types we read, by their file extension. */
  public enum Type {
    SOI(false, false),
    TOC(true, true),
    TOI(true, false);

    final boolean ties;
    final boolean complete;

    Type(boolean ties, boolean complete) {
      this.ties = ties;
      this.complete = complete;
    }

    String extension() {
      return "." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private PrefLibBallots() {}

  public static Parsed<RankedInput> read(Reader reader, String file, Type type, ReadOptions options) throws IOException {
    return new Reading(file, type, options).read(new BufferedReader(reader));
  }

  private static final class Reading {
    private final String file;
    private final Type type;
    private final ReadOptions options;
    private final List<InputError> errors = new ArrayList<>();
    private int alternatives = -1;
    private final Map<Integer, String> names = new TreeMap<>();
    private Optional<String> title = Optional.empty();
    private Optional<BigDecimal> voters = Optional.empty();
    private long votersLine;
    private final List<int[][]> orders = new ArrayList<>();
    private final List<BigDecimal> counts = new ArrayList<>();

    Reading(String file, Type type, ReadOptions options) {
      this.file = file;
      this.type = type;
      this.options = options;
    }

    Parsed<RankedInput> read(BufferedReader in) throws IOException {
      String text;
      long line = 0;
      boolean old = false;
      int oldNamesLeft = 0;
      boolean oldSummary = false;
      boolean first = true;
      while ((text = in.readLine()) != null) {
        line++;
        String s = text.strip();
        if (first && s.startsWith("\uFEFF")) {
          s = s.substring(1).strip();
        }
        if (s.isEmpty()) {
          continue;
        }
        if (s.startsWith("#")) {
          metadata(s.substring(1).strip(), line);
          first = false;
          continue;
        }
        if (first && alternatives < 0 && number(s) >= 0) {
          // The format before 2022: the number of alternatives alone on the first line.
          old = true;
          alternatives = number(s);
          oldNamesLeft = alternatives;
          oldSummary = true;
          first = false;
          continue;
        }
        first = false;
        if (old && oldNamesLeft > 0) {
          int comma = s.indexOf(',');
          int n = comma < 0 ? -1 : number(s.substring(0, comma).strip());
          if (n < 1) {
            errors.add(new LineError(file, line, "\"" + s + "\" is not an alternative's number and name",
                "list the " + alternatives + " alternatives as N,NAME after the first line"));
          } else {
            names.put(n, s.substring(comma + 1).strip());
          }
          oldNamesLeft--;
          continue;
        }
        if (old && oldSummary) {
          oldSummary = false; // VOTERS,SUM,UNIQUE: the totals, which the orders below repeat.
          continue;
        }
        order(s, line, old);
      }
      if (alternatives < 0) {
        errors.add(new FileError(file, "has no line # NUMBER ALTERNATIVES: N",
            "begin a PrefLib file with its metadata, e.g. # NUMBER ALTERNATIVES: 4 and # ALTERNATIVE NAME 1: Adam"));
        return Parsed.failed(errors);
      }
      if (voters.isPresent() && errors.isEmpty()) {
        BigDecimal sum = counts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(voters.get()) != 0) {
          // A file cut short (a partial download) must not be counted as if whole.
          errors.add(new LineError(file, votersLine, "says " + voters.get().toPlainString() + " voters, the orders add up to "
              + sum.toPlainString(), "the file may be cut short: check it against its source, or correct # NUMBER VOTERS"));
        }
      }
      List<String> standing = new ArrayList<>();
      for (int a = 1; a <= alternatives; a++) {
        String name = names.get(a);
        if (name == null || name.isEmpty()) {
          errors.add(new FileError(file, "names no alternative " + a, "add the line # ALTERNATIVE NAME " + a + ": NAME"));
        } else if (standing.contains(name)) {
          errors.add(new FileError(file, "names two alternatives " + name, "give each alternative a different name"));
        } else {
          standing.add(name);
        }
      }
      if (!errors.isEmpty()) {
        return Parsed.failed(errors);
      }
      List<String> order = standing;
      if (options.candidates().isPresent()) {
        order = options.candidates().get();
        if (!new java.util.TreeSet<>(order).equals(new java.util.TreeSet<>(standing))) {
          errors.add(new FileError(file, "names the alternatives " + String.join(", ", standing) + ", --candidates names "
              + String.join(", ", order), "give --candidates the same names as the file, in the official order"));
          return Parsed.failed(errors);
        }
      }
      int[] index = new int[alternatives];
      for (int a = 0; a < alternatives; a++) {
        index[a] = order.indexOf(standing.get(a));
      }
      List<RankedBallot> ballots = new ArrayList<>();
      for (int b = 0; b < orders.size(); b++) {
        int[][] ranks = orders.get(b);
        int[][] mapped = new int[ranks.length][];
        for (int r = 0; r < ranks.length; r++) {
          mapped[r] = java.util.Arrays.stream(ranks[r]).map(a -> index[a]).toArray();
        }
        ballots.add(new RankedBallot(mapped, counts.get(b), ""));
      }
      RankedBallots read = new RankedBallots(Candidates.of(order), ballots).grouped();
      return Parsed.of(new RankedInput(read, OptionalInt.empty(), title, orders.size()), errors);
    }

    private void metadata(String text, long line) {
      int colon = text.indexOf(':');
      if (colon < 0) {
        return; // a comment
      }
      String key = text.substring(0, colon).strip();
      String value = text.substring(colon + 1).strip();
      if (key.equals("NUMBER ALTERNATIVES")) {
        alternatives = number(value);
        if (alternatives < 1) {
          errors.add(new FieldError(file, line, "NUMBER ALTERNATIVES", value, "is not a positive whole number",
              "give the number of alternatives, e.g. # NUMBER ALTERNATIVES: 4"));
        }
      } else if (key.startsWith("ALTERNATIVE NAME ")) {
        int n = number(key.substring("ALTERNATIVE NAME ".length()).strip());
        if (n < 1) {
          errors.add(new FieldError(file, line, "ALTERNATIVE NAME", key, "does not end with the alternative's number",
              "write # ALTERNATIVE NAME 1: Adam"));
        } else {
          names.put(n, value);
        }
      } else if (key.equals("NUMBER VOTERS")) {
        voters = Weights.parseNonNegative(value);
        votersLine = line;
        if (voters.isEmpty()) {
          errors.add(new FieldError(file, line, "NUMBER VOTERS", value, "is not a number of voters",
              "give the number of voters the orders add up to, e.g. # NUMBER VOTERS: 475"));
        }
      } else if (key.equals("TITLE") && !value.isEmpty()) {
        title = Optional.of(value);
      } else if (key.equals("DATA TYPE") && !value.isEmpty() && !value.equals(type.name().toLowerCase(java.util.Locale.ROOT))) {
        errors.add(new FieldError(file, line, "DATA TYPE", value, "is not " + type.name().toLowerCase(java.util.Locale.ROOT)
            + ", which the file name or --format says", "read it with --format " + value + " if that format is one we read (soi, toc, toi)"));
      }
    }

    /** {@code COUNT: 1,3,{2,4}} (or {@code COUNT,1,3,{2,4}} in the old format). */
    private void order(String s, long line, boolean old) {
      int split = old ? s.indexOf(',') : s.indexOf(':');
      if (split < 0) {
        errors.add(new LineError(file, line, "\"" + s + "\" has no count",
            old ? "write COUNT,1,2,{3,4}" : "write COUNT: ORDER, e.g. 12: 1,3,{2,4}"));
        return;
      }
      String countText = s.substring(0, split).strip();
      Optional<BigDecimal> count = Weights.parse(countText);
      if (count.isEmpty()) {
        errors.add(new FieldError(file, line, "count", countText, "is not a number of voters", Weights.FIX));
        return;
      }
      String rest = s.substring(split + 1).strip();
      List<int[]> ranks = new ArrayList<>();
      boolean[] seen = new boolean[Math.max(alternatives, 0)];
      int before = errors.size();
      int i = 0;
      while (i < rest.length() && errors.size() == before) {
        char c = rest.charAt(i);
        if (c == ',' || c == ' ') {
          i++;
          continue;
        }
        if (c == '{') {
          int end = rest.indexOf('}', i);
          if (end < 0) {
            errors.add(new FieldError(file, line, "rank " + (ranks.size() + 1), rest.substring(i), "has no closing }",
                "write a tie as {2,4}"));
            break;
          }
          String inside = rest.substring(i + 1, end).strip();
          if (!type.ties) {
            errors.add(new FieldError(file, line, "rank " + (ranks.size() + 1), "{" + inside + "}", "is a tie, which " + type.extension()
                + " (strict orders) does not allow", "read the file as .toi, or rank one alternative there"));
            break;
          }
          if (inside.isEmpty()) {
            i = end + 1; // {} ties nobody: PrefLib writes it for "no more alternatives"
            continue;
          }
          List<Integer> tied = new ArrayList<>();
          for (String part : inside.split(",")) {
            alternative(part.strip(), line, ranks.size() + 1, seen).ifPresent(tied::add);
          }
          ranks.add(tied.stream().mapToInt(Integer::intValue).toArray());
          i = end + 1;
          continue;
        }
        int end = i;
        while (end < rest.length() && rest.charAt(end) != ',') {
          end++;
        }
        int r = ranks.size() + 1;
        alternative(rest.substring(i, end).strip(), line, r, seen).ifPresent(a -> ranks.add(new int[] {a}));
        i = end;
      }
      if (errors.size() != before) {
        return;
      }
      if (type.complete) {
        for (int a = 0; a < seen.length; a++) {
          if (!seen[a]) {
            errors.add(new LineError(file, line, "does not rank alternative " + (a + 1) + ", and " + type.extension()
                + " orders are complete", "rank every alternative, or read the file as .toi"));
            return;
          }
        }
      }
      orders.add(ranks.toArray(new int[0][]));
      counts.add(count.get());
    }

    private Optional<Integer> alternative(String text, long line, int rank, boolean[] seen) {
      int a = number(text);
      if (a < 1 || a > alternatives) {
        errors.add(new FieldError(file, line, "rank " + rank, text, "is not an alternative's number",
            "expected 1 … " + Math.max(alternatives, 0) + " (# NUMBER ALTERNATIVES)"));
        return Optional.empty();
      }
      if (seen[a - 1]) {
        errors.add(new FieldError(file, line, "rank " + rank, text, "ranks alternative " + a + " a second time",
            "rank each alternative once"));
        return Optional.empty();
      }
      seen[a - 1] = true;
      return Optional.of(a - 1);
    }

    private static int number(String text) {
      if (text.isEmpty() || text.length() > 9) {
        return -1;
      }
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) < '0' || text.charAt(i) > '9') {
          return -1;
        }
      }
      return Integer.parseInt(text);
    }
  }
}
