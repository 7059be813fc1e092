package org.scrutineer.cli.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.scrutineer.electorate.register.Section;

/**
 * The demo's voters: who votes, in which section, for whom, who votes again, whose vote is removed —
 * drawn from one seed — and the result their last ballots must give. Choices are a plurality vote
 * for one of the candidates (or blank): the leader question of 2016, where the section shares follow
 * the published result (members 59.0% Corbyn, registered supporters 69.9%, affiliated supporters
 * 60.2%) and so does turnout (about 83%, 93% and 48%; the affiliated figure is why the section
 * matters).
 *
 * <p>For a ranked ballot (the alternative-vote variant, four candidates), each voter ranks some or
 * all of the candidates: the first preference drawn from the section's shares, the later ones in
 * the order of further weighted draws, a tenth of voters ranking only one candidate, a fifth two, a
 * fifth three, the rest all; one in a hundred ranks nobody (blank). The shares are invented so that
 * no one has a majority of first preferences and the count takes several rounds.
 */
final class SimulatedVoters {
  /** One voter of the contest, with the credential open sent them. */
  record Voter(Section section, String login, String credential) {}

  /** A ballot to make: who makes it and the choice, belenios-tool's plaintext JSON, e.g. {@code [[0,1,0]]}. */
  record Intent(Voter voter, String choice) {}

  private static final Map<Section, Double> TURNOUT = Map.of(Section.MEMBER, 0.83, Section.REGISTERED_SUPPORTER, 0.93,
      Section.AFFILIATED_SUPPORTER, 0.48);

  /** The first candidate's share among valid votes, by section (Jeremy Corbyn's in 2016, first in ballot order). */
  private static final Map<Section, Double> FIRST_SHARE = Map.of(Section.MEMBER, 0.590, Section.REGISTERED_SUPPORTER, 0.699,
      Section.AFFILIATED_SUPPORTER, 0.602);

  /** First-preference shares of the candidates in ballot order, by section, for a ranked ballot (invented). */
  private static final Map<Section, double[]> RANKED_SHARES = Map.of(
      Section.MEMBER, new double[] {0.36, 0.31, 0.21, 0.12},
      Section.REGISTERED_SUPPORTER, new double[] {0.29, 0.37, 0.22, 0.12},
      Section.AFFILIATED_SUPPORTER, new double[] {0.33, 0.24, 0.32, 0.11});

  /** Share of a candidate beyond the fourth in a ranked ballot's draws. */
  private static final double OTHER_SHARE = 0.05;

  private final Random random;
  private final int candidates;
  private final boolean ranked;
  /** The last choice of each voter who voted, in voting order. */
  private final Map<Voter, String> last = new LinkedHashMap<>();
  private final Set<Voter> removed = new HashSet<>();

  /** @param ranked voters rank the candidates (a non-homomorphic question) rather than choose one or blank */
  SimulatedVoters(long seed, int candidates, boolean ranked) {
    this.random = new Random(seed);
    this.candidates = candidates;
    this.ranked = ranked;
  }

  /** Every voter open issued a credential to, section by section: {@code private/credentials/S.privcreds}. */
  static List<Voter> voters(Path contest, List<Section> sections) throws IOException {
    List<Voter> voters = new ArrayList<>();
    for (Section section : sections) {
      for (String line : Files.readAllLines(contest.resolve("private/credentials/" + section.key() + ".privcreds"))) {
        int space = line.lastIndexOf(' ');
        voters.add(new Voter(section, line.substring(0, space).split(",")[1], line.substring(space + 1)));
      }
    }
    return voters;
  }

  /** The first round: each voter votes with their section's turnout. */
  List<Intent> firstBallots(List<Voter> voters) {
    List<Intent> ballots = new ArrayList<>();
    for (Voter voter : voters) {
      if (random.nextDouble() < TURNOUT.get(voter.section())) {
        ballots.add(vote(voter));
      }
    }
    return ballots;
  }

  /** Voters who change their mind: about one in 25 of those who voted and whose vote was not removed. */
  List<Intent> revotes() {
    List<Intent> ballots = new ArrayList<>();
    for (Voter voter : List.copyOf(last.keySet())) {
      if (!removed.contains(voter) && random.nextInt(25) == 0) {
        ballots.add(vote(voter));
      }
    }
    return ballots;
  }

  /** A late ballot from a voter who had not voted (its section's first such voter). */
  List<Intent> lateBallots(List<Voter> voters) {
    List<Intent> ballots = new ArrayList<>();
    Set<Section> done = new HashSet<>();
    for (Voter voter : voters) {
      if (!last.containsKey(voter) && done.add(voter.section())) {
        ballots.add(vote(voter));
      }
    }
    return ballots;
  }

  /** About one in 600 voters who voted (at least one), spread through the voting order, whose vote is then removed. */
  List<Voter> toRemove() {
    List<Voter> voted = List.copyOf(last.keySet());
    int wanted = Math.max(1, voted.size() / 600);
    int step = voted.size() / wanted;
    List<Voter> chosen = new ArrayList<>();
    for (int i = 0; i < wanted; i++) {
      chosen.add(voted.get(step / 2 + i * step));
    }
    return chosen;
  }

  void removed(Voter voter) {
    removed.add(voter);
  }

  Intent vote(Voter voter) {
    String text = ranked ? ranking(voter.section()) : choice(voter.section());
    last.remove(voter);
    last.put(voter, text);
    return new Intent(voter, text);
  }

  /** A ranking, belenios-tool's plaintext for a non-homomorphic question: each candidate's rank (1 = first, 0 = not ranked), e.g. {@code [[2,1,0,3]]}. */
  private String ranking(Section section) {
    int[] ranks = new int[candidates];
    if (random.nextInt(100) != 0) {
      int draw = random.nextInt(10);
      int length = Math.min(candidates, draw == 0 ? 1 : draw < 3 ? 2 : draw < 5 ? 3 : candidates);
      double[] weights = new double[candidates];
      double[] shares = RANKED_SHARES.get(section);
      for (int c = 0; c < candidates; c++) {
        weights[c] = c < shares.length ? shares[c] : OTHER_SHARE;
      }
      for (int rank = 1; rank <= length; rank++) {
        double total = 0;
        for (double weight : weights) {
          total += weight;
        }
        double x = random.nextDouble() * total;
        int chosen = 0;
        while (chosen < candidates - 1 && (weights[chosen] == 0 || x >= weights[chosen])) {
          x -= weights[chosen];
          chosen++;
        }
        while (weights[chosen] == 0) {
          chosen--; // rounding left x past the last candidate still unranked
        }
        ranks[chosen] = rank;
        weights[chosen] = 0;
      }
    }
    StringBuilder choice = new StringBuilder("[[");
    for (int c = 0; c < candidates; c++) {
      choice.append(c == 0 ? "" : ",").append(ranks[c]);
    }
    return choice.append("]]").toString();
  }

  private String choice(Section section) {
    int[] vector = new int[1 + candidates];
    if (random.nextInt(100) == 0) {
      vector[0] = 1; // blank: spoilt
    } else if (random.nextDouble() < FIRST_SHARE.get(section)) {
      vector[1] = 1;
    } else {
      vector[2 + random.nextInt(candidates - 1)] = 1;
    }
    StringBuilder choice = new StringBuilder("[[");
    for (int i = 0; i < vector.length; i++) {
      choice.append(i == 0 ? "" : ",").append(vector[i]);
    }
    return choice.append("]]").toString();
  }

  /**
   * The expected count of each section: {@code [blank, candidate 1, …]} from every kept voter's last
   * choice; for a ranked ballot, {@code [rankings with no first preference, first preferences of
   * candidate 1, …]}.
   */
  Map<Section, long[]> expected() {
    Map<Section, long[]> counts = new EnumMap<>(Section.class);
    expectedBallots().forEach((section, ballots) -> {
      long[] count = counts.computeIfAbsent(section, s -> new long[1 + candidates]);
      for (int[] marks : ballots) {
        if (!ranked) {
          for (int i = 0; i < marks.length; i++) {
            count[i] += marks[i];
          }
          continue;
        }
        int first = -1;
        for (int c = 0; c < marks.length; c++) {
          first = marks[c] == 1 ? c : first;
        }
        count[first + 1]++;
      }
    });
    return counts;
  }

  /** Every kept voter's last ballot, its marks as numbers ({@code [[2,1,0,3]]} is {2,1,0,3}), by section in voting order. */
  Map<Section, List<int[]>> expectedBallots() {
    Map<Section, List<int[]>> ballots = new EnumMap<>(Section.class);
    for (Map.Entry<Voter, String> entry : last.entrySet()) {
      if (removed.contains(entry.getKey())) {
        continue;
      }
      String[] marks = entry.getValue().replace("[", "").replace("]", "").split(",");
      int[] values = new int[marks.length];
      for (int i = 0; i < marks.length; i++) {
        values[i] = Integer.parseInt(marks[i].strip());
      }
      ballots.computeIfAbsent(entry.getKey().section(), s -> new ArrayList<>()).add(values);
    }
    return ballots;
  }

  /** How many voters voted, by section, removed ones included. */
  Map<Section, Integer> turnout() {
    Map<Section, Integer> counts = new HashMap<>();
    last.keySet().forEach(voter -> counts.merge(voter.section(), 1, Integer::sum));
    return counts;
  }
}
