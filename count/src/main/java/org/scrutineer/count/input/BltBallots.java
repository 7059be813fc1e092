package org.scrutineer.count.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;

/**
 * Reads the .blt ballot format (docs/formats/ballots.md, ".blt"), as first defined by Hill,
 * Wichmann and Woodall, "Algorithm 123 — Single Transferable Vote by Meek's method" (1987), §3.1,
 * with the extensions OpenSTV and Droop accept (Droop wiki "BltFileFormat"; OpenTally
 * docs/blt-fmt.md):
 *
 * <pre>
 * 4 2               candidates, seats
 * -2                optional: withdrawn candidates, each preceded by a minus sign
 * 3 1 3 4 0         weight, preferences by candidate number, 0 ends the ballot
 * 2 4 1=3 0         "=" ranks candidates equally (OpenSTV, Droop)
 * 1 2 - 3 0         "-" is a skipped rank (OpenSTV)
 * (b17) 1 2 0       an optional ballot id in parentheses (OpenSTV, Droop), ignored
 * 0                 ends the ballots
 * "Adam"            one name per candidate, in candidate-number order
 * …
 * "Title"           the election's title
 * </pre>
 *
 * {@code #} starts a comment to the end of the line. One ballot per line (every published file we
 * know writes them so; the 1987 text allows a ballot to wrap, which we do not). A withdrawn candidate
 * is removed from the count and from every ballot as if never printed: a rank that held only them
 * disappears rather than becoming a skipped rank.
 */
public final class BltBallots {
  private BltBallots() {}

  public static Parsed<RankedInput> read(Reader reader, String file, ReadOptions options) throws IOException {
    return new Reading(file, options).read(new BufferedReader(reader));
  }

  private static final class Reading {
    private final String file;
    private final ReadOptions options;
    private final List<InputError> errors = new ArrayList<>();

    Reading(String file, ReadOptions options) {
      this.file = file;
      this.options = options;
    }

    Parsed<RankedInput> read(BufferedReader in) throws IOException {
      long lineNumber = 0;
      String text;
      int candidates = -1;
      int seats = -1;
      Set<Integer> withdrawn = new TreeSet<>();
      List<int[][]> marks = new ArrayList<>();
      List<BigDecimal> weights = new ArrayList<>();
      boolean ended = false;
      boolean expectWithdrawn = false;
      List<String> strings = new ArrayList<>();
      long namesFrom = 0;
      while ((text = in.readLine()) != null) {
        lineNumber++;
        if (ended) {
          if (strings.isEmpty()) {
            namesFrom = lineNumber;
          }
          quoted(stripComment(text, true), lineNumber, strings);
          continue;
        }
        String[] tokens = tokens(stripComment(text, false));
        if (tokens.length == 0) {
          continue;
        }
        if (candidates < 0) {
          if (tokens.length != 2 || positive(tokens[0]) < 1 || positive(tokens[1]) < 1) {
            errors.add(new LineError(file, lineNumber, "\"" + text.strip() + "\" is not the first line of a .blt file",
                "the first line gives the number of candidates and of seats, e.g. 4 2"));
            return Parsed.failed(errors);
          }
          candidates = positive(tokens[0]);
          seats = positive(tokens[1]);
          expectWithdrawn = true;
          continue;
        }
        if (expectWithdrawn) {
          expectWithdrawn = false;
          if (tokens[0].startsWith("-")) {
            for (String token : tokens) {
              int c = token.startsWith("-") ? positive(token.substring(1)) : -1;
              if (c < 1 || c > candidates) {
                errors.add(new FieldError(file, lineNumber, "withdrawn candidate", token, "is not -1 … -" + candidates,
                    "list each withdrawn candidate's number with a minus sign, e.g. -2 -4"));
              } else {
                withdrawn.add(c - 1);
              }
            }
            continue;
          }
        }
        if (tokens.length == 1 && tokens[0].equals("0")) {
          ended = true;
          continue;
        }
        Optional<int[][]> ranks = ballot(tokens, lineNumber, candidates);
        if (ranks.isPresent()) {
          marks.add(ranks.get());
          weights.add(weight);
        }
      }
      if (candidates < 0) {
        errors.add(new FileError(file, "is empty", "a .blt file starts with the number of candidates and seats, e.g. 4 2"));
        return Parsed.failed(errors);
      }
      if (!ended) {
        errors.add(new LineError(file, lineNumber, "the ballots do not end with a line holding 0",
            "end the ballots with a line 0, then list the candidates' names and the title in quotes"));
        return Parsed.failed(errors);
      }
      if (!errors.isEmpty()) {
        return Parsed.failed(errors);
      }
      if (strings.size() < candidates) {
        errors.add(new LineError(file, namesFrom == 0 ? lineNumber : namesFrom, "names " + strings.size() + " candidates, the first line says "
            + candidates, "after the 0 line give one name in quotes per candidate, in candidate-number order, then the title"));
        return Parsed.failed(errors);
      }
      List<String> names = strings.subList(0, candidates);
      Optional<String> title = strings.size() > candidates ? Optional.of(strings.get(candidates)) : Optional.empty();
      return resolve(names, withdrawn, marks, weights, seats, title, namesFrom);
    }

    private BigDecimal weight;

    /** One ballot line's ranks (candidate numbers 0-based), its weight left in {@link #weight}. */
    private Optional<int[][]> ballot(String[] tokens, long line, int candidates) {
      int t = 0;
      if (tokens[0].startsWith("(")) {
        if (!tokens[0].endsWith(")")) {
          errors.add(new FieldError(file, line, "ballot id", tokens[0], "has no closing parenthesis",
              "write a ballot id as (id) with no spaces, or leave it out"));
          return Optional.empty();
        }
        t++;
      }
      if (t >= tokens.length) {
        errors.add(new LineError(file, line, "has a ballot id and nothing else", "follow the id with the weight and preferences"));
        return Optional.empty();
      }
      Optional<BigDecimal> w = Weights.parse(tokens[t]);
      if (w.isEmpty()) {
        errors.add(new FieldError(file, line, "weight", tokens[t], "is not a number of ballots", Weights.FIX));
        return Optional.empty();
      }
      weight = w.get();
      t++;
      List<int[]> ranks = new ArrayList<>();
      int before = errors.size();
      boolean closed = false;
      for (; t < tokens.length; t++) {
        String token = tokens[t];
        if (closed) {
          errors.add(new FieldError(file, line, "preference " + (ranks.size() + 1), token, "follows the 0 that ends the ballot",
              "end each ballot line with a single 0"));
          break;
        }
        if (token.equals("0")) {
          closed = true;
          continue;
        }
        if (token.equals("-")) {
          ranks.add(new int[0]);
          continue;
        }
        String[] parts = token.split("=", -1);
        int[] rank = new int[parts.length];
        for (int p = 0; p < parts.length; p++) {
          int c = positive(parts[p]);
          if (c < 1 || c > candidates) {
            errors.add(new FieldError(file, line, "preference " + (ranks.size() + 1), token, "is not a candidate number 1 … " + candidates,
                "write candidates by number, 1 … " + candidates + ", equal rankings as 1=3, a skipped rank as -"));
            break;
          }
          for (int q = 0; q < p; q++) {
            if (rank[q] == c - 1) {
              errors.add(new FieldError(file, line, "preference " + (ranks.size() + 1), token, "names candidate " + c + " twice",
                  "name each candidate once in an equal ranking"));
            }
          }
          rank[p] = c - 1;
        }
        ranks.add(rank);
      }
      if (errors.size() != before) {
        return Optional.empty();
      }
      return Optional.of(ranks.toArray(new int[0][]));
    }

    private Parsed<RankedInput> resolve(List<String> names, Set<Integer> withdrawn, List<int[][]> marks, List<BigDecimal> weights,
        int seats, Optional<String> title, long namesLine) {
      List<String> standing = new ArrayList<>();
      for (int c = 0; c < names.size(); c++) {
        if (!withdrawn.contains(c)) {
          standing.add(names.get(c));
        }
      }
      List<String> order = standing;
      if (options.candidates().isPresent()) {
        order = options.candidates().get();
        if (!new TreeSet<>(order).equals(new TreeSet<>(standing))) {
          errors.add(new LineError(file, namesLine, "names the candidates " + String.join(", ", standing)
              + (withdrawn.isEmpty() ? "" : " (besides the withdrawn)") + ", --candidates names " + String.join(", ", order),
              "give --candidates the same names as the file, in the official order"));
          return Parsed.failed(errors);
        }
      }
      Set<String> distinct = new TreeSet<>(standing);
      if (distinct.size() != standing.size()) {
        errors.add(new LineError(file, namesLine, "names a candidate twice among " + String.join(", ", standing),
            "give each candidate a different name"));
        return Parsed.failed(errors);
      }
      Candidates candidates = Candidates.of(order);
      int[] newIndex = new int[names.size()];
      for (int c = 0; c < names.size(); c++) {
        newIndex[c] = withdrawn.contains(c) ? -1 : order.indexOf(names.get(c));
      }
      List<RankedBallot> ballots = new ArrayList<>(marks.size());
      for (int b = 0; b < marks.size(); b++) {
        List<int[]> ranks = new ArrayList<>();
        for (int[] rank : marks.get(b)) {
          int[] kept = java.util.Arrays.stream(rank).map(c -> newIndex[c]).filter(c -> c >= 0).toArray();
          if (kept.length > 0 || rank.length == 0) {
            ranks.add(kept);
          }
        }
        while (!ranks.isEmpty() && ranks.get(ranks.size() - 1).length == 0) {
          ranks.remove(ranks.size() - 1);
        }
        ballots.add(new RankedBallot(ranks.toArray(new int[0][]), weights.get(b), ""));
      }
      RankedBallots grouped = new RankedBallots(candidates, ballots).grouped();
      return Parsed.of(new RankedInput(grouped, OptionalInt.of(seats), title, marks.size()), errors);
    }

    /** The quoted strings (or single words) on a line after the ballots: names, then the title. */
    private void quoted(String text, long line, List<String> into) {
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (c == '"') {
          int end = text.indexOf('"', i + 1);
          if (end < 0) {
            errors.add(new LineError(file, line, "has a name with no closing quote", "end each name with a quote: \"Adam Smith\""));
            return;
          }
          into.add(text.substring(i + 1, end));
          i = end + 1;
        } else {
          int end = i;
          while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
          }
          into.add(text.substring(i, end));
          i = end;
        }
      }
    }

    private static String stripComment(String text, boolean quotes) {
      boolean inQuote = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quotes && c == '"') {
          inQuote = !inQuote;
        } else if (c == '#' && !inQuote) {
          return text.substring(0, i);
        }
      }
      return text;
    }

    private static String[] tokens(String text) {
      String s = text.strip();
      return s.isEmpty() ? new String[0] : s.split("\\s+");
    }

    /** A whole number ≥ 0 written in digits, or -1. */
    private static int positive(String text) {
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
