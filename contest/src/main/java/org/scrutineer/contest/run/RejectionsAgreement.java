package org.scrutineer.contest.run;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scrutineer.contest.rejection.Rejection;
import org.scrutineer.contest.rejection.RejectionLog;
import org.scrutineer.contest.rejection.RejectionReason;
import org.scrutineer.crypto.hash.Sha256;
import org.scrutineer.electorate.register.Section;

/**
 * Whether {@code rejections.json} agrees with the cast archives, by the ballots' smart ballot
 * trackers: a replay's tracker is a cast ballot's, and no ballot rejected for any other reason is in
 * its section's box, since those bytes are refused for good (a removed or unknown credential, failed
 * proofs, a non-canonical form). Cheap — no proof is checked — so both {@code verify} and {@code
 * report} run it.
 */
final class RejectionsAgreement {
  private RejectionsAgreement() {}

  /**
   * Every disagreement, each naming the rejection; empty when the log agrees (or is empty).
   *
   * @param casts each section's cast archive as read
   */
  static List<String> problems(Map<Section, SectionArchive.Contents> casts, RejectionLog log) {
    List<String> problems = new ArrayList<>();
    if (log.rejections().isEmpty()) {
      return problems;
    }
    Map<Section, Set<String>> trackers = new EnumMap<>(Section.class);
    casts.forEach((section, cast) -> {
      Set<String> box = new HashSet<>();
      cast.ballots().forEach(ballot -> box.add(Sha256.base64(ballot)));
      trackers.put(section, box);
    });
    for (Rejection rejection : log.rejections()) {
      Set<String> box = trackers.get(rejection.section());
      String which = Layout.REJECTIONS + ": rejection " + rejection.number() + " (" + rejection.section().key() + ", "
          + rejection.reason().key() + ")";
      boolean replay = rejection.reason() == RejectionReason.CAST_ALREADY;
      if (box == null) {
        problems.add(which + ": the contest has no election for that section");
      } else if (replay && !box.contains(rejection.tracker())) {
        problems.add(which + ": a replay of a ballot that is not in the section's cast archive (tracker " + rejection.tracker() + ")");
      } else if (!replay && box.contains(rejection.tracker())) {
        problems.add(which + ": the rejected ballot is in the section's cast archive (tracker " + rejection.tracker() + ")");
      }
    }
    return problems;
  }

  /** What agreeing means, for a log of {@code log}'s size. */
  static String statement(RejectionLog log) {
    return Layout.REJECTIONS + ": its " + log.rejections().size() + " rejection(s) agree with the cast archives (each replay's tracker is"
        + " a cast ballot's; no other rejected ballot is in a ballot box)";
  }
}
