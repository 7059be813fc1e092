package org.scrutineer.contest.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.scrutineer.electorate.register.Section;

/**
 * A command anyone can run on the published contest directory to check a claim of the report
 * themselves, and what it checks.
 *
 * @param purpose what passing shows, e.g. {@code every member ballot counted is a valid ballot …}
 * @param command a shell command (bash), run in the directory above the contest's
 */
public record Reverification(String purpose, String command) {
  public Reverification {
    if (purpose == null || purpose.isBlank() || command == null || command.isBlank()) {
      throw new IllegalArgumentException("a re-verification says what it checks and how");
    }
  }

  /**
   * The checks of docs/adr/0012-contest-design.md ("An auditor checks a removal…"): the whole contest
   * with Scrutineer, then for each section, with belenios-tool and standard tools only, both archives,
   * and that the counted archive's ballots are the cast archive's minus the removed credentials' — by
   * {@code verify-diff} when nothing was removed there, otherwise by listing the credentials whose
   * ballots only the cast archive holds (they must be the ones {@code removals.json} lists for the
   * section). The credential is matched in the ballots' raw JSON: jq 1.6 would round the number.
   *
   * @param contestDirectory the contest directory as the reader will name it, e.g. {@code labour-2016}
   * @param sections the sections that voted, in order
   * @param withRemovals the sections with at least one removal
   */
  public static List<Reverification> standard(String contestDirectory, List<Section> sections, Set<Section> withRemovals) {
    String dir = contestDirectory.isBlank() ? "." : contestDirectory;
    List<Reverification> commands = new ArrayList<>();
    commands.add(new Reverification(
        "everything below at once, then result.json recomputed from the verified section results",
        "scrutineer contest verify --dir " + dir));
    for (Section section : sections) {
      String cast = dir + "/sections/" + section.key() + "/cast";
      String counted = dir + "/sections/" + section.key() + "/counted";
      commands.add(new Reverification(section.key() + ": the cast archive is a valid Belenios election record (every ballot's proofs and signature)",
          "belenios-tool election verify --dir " + cast));
      commands.add(new Reverification(section.key() + ": the counted archive is valid and its result is the decryption of its ballots' tally",
          "belenios-tool election verify --dir " + counted));
      if (withRemovals.contains(section)) {
        commands.add(new Reverification(section.key()
                + ": the counted ballots are the cast ones in order, less those of removed credentials; each line printed must name a credential removals.json lists for "
                + section.key(),
            "diff <(tar -xOf " + cast + "/*.bel --wildcards '*.data.json' | grep -o '\"credential\":[0-9]*') <(tar -xOf " + counted
                + "/*.bel --wildcards '*.data.json' | grep -o '\"credential\":[0-9]*')"));
      } else {
        commands.add(new Reverification(section.key() + ": nothing was removed, so the counted archive extends the cast one, ballot for ballot",
            "belenios-tool election verify-diff --dir1 " + cast + " --dir2 " + counted));
      }
    }
    return List.copyOf(commands);
  }
}
