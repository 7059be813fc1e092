package org.scrutineer.count.method.stv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scrutineer.count.ballot.Candidates;
import org.scrutineer.count.ballot.RankedBallot;
import org.scrutineer.count.ballot.RankedBallots;

/**
 * A test-only reader of the ERS/OpenSTV .blt ballot format, just enough for the golden folders
 * (count.input has the real one): "CANDIDATES SEATS", optional withdrawn "-n" line, ballots "WEIGHT
 * c1 c2 … 0" (1-based candidates, {@code a=b} for equal marks at one rank), "0", one quoted name per
 * candidate, the title.
 */
record TestBlt(RankedBallots ballots, int seats, String title) {
  static TestBlt read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TestBlt parse(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    String[] header = lines.get(0).split("\\s+");
    int n = Integer.parseInt(header[0]);
    int seats = Integer.parseInt(header[1]);
    int i = 1;
    while (lines.get(i).startsWith("-") || lines.get(i).startsWith("[")) {
      i++; // withdrawn candidates (none in our cases) and Droop's [option] lines
    }
    List<int[][]> marks = new ArrayList<>();
    List<BigDecimal> weights = new ArrayList<>();
    List<String> sections = new ArrayList<>();
    for (; !lines.get(i).equals("0"); i++) {
      String[] t = lines.get(i).split("\\s+");
      int start = t[0].startsWith("(") ? 1 : 0;
      weights.add(new BigDecimal(t[start]));
      if (t.length > start + 1 && t[start + 1].startsWith("@")) {
        sections.add(t[++start].substring(1));
      } else {
        sections.add("");
      }
      List<int[]> ranks = new ArrayList<>();
      for (int k = start + 1; k < t.length && !t[k].equals("0"); k++) {
        if (t[k].equals("-")) {
          ranks.add(new int[0]);
        } else {
          ranks.add(Arrays.stream(t[k].split("=")).mapToInt(s -> Integer.parseInt(s) - 1).toArray());
        }
      }
      marks.add(ranks.toArray(new int[0][]));
    }
    i++;
    List<String> names = new ArrayList<>();
    for (int c = 0; c < n; c++, i++) {
      names.add(unquote(lines.get(i)));
    }
    String title = i < lines.size() ? unquote(lines.get(i)) : "";
    Candidates candidates = Candidates.of(names);
    List<RankedBallot> ballots = new ArrayList<>();
    for (int b = 0; b < marks.size(); b++) {
      ballots.add(new RankedBallot(marks.get(b), weights.get(b), sections.get(b)));
    }
    return new TestBlt(new RankedBallots(candidates, ballots), seats, title);
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
  }
}
