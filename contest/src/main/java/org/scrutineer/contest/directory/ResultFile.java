package org.scrutineer.contest.directory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.contest.result.CandidateVotes;
import org.scrutineer.contest.result.ContestResult;
import org.scrutineer.contest.result.ResultLine;
import org.scrutineer.electorate.register.Section;

/**
 * {@code result.json}: the published result by section and in total (docs/adr/0012-contest-design.md,
 * "Published result"), each section with the election it comes from, and the digest of the removal
 * log the tally applied. Percentages are strings with one decimal ({@code "59.0"}), null where there
 * is none, so no reader turns them into binary floating point.
 */
public final class ResultFile {
  public static final String PATH = "result.json";

  private ResultFile() {}

  /**
   * @param elections each section's election UUID
   * @param removalsDigest the SHA-256 of {@code removals.json} the tally applied; empty when none
   */
  public static byte[] toJson(String name, ContestResult result, Map<Section, String> elections, Optional<String> removalsDigest) {
    ObjectNode root = Json.object();
    root.put("contest", name);
    root.put("percentages", "of valid votes (turnout: of eligible), one decimal place, rounded half up");
    if (removalsDigest.isPresent()) {
      root.put("removals_sha256", removalsDigest.get());
    } else {
      root.putNull("removals_sha256");
    }
    ArrayNode sections = root.putArray("sections");
    for (ResultLine line : result.sections()) {
      ObjectNode section = line(sections.addObject(), line);
      Section.fromKey(line.label()).map(elections::get).ifPresent(uuid -> section.put("election", uuid));
    }
    line(root.putObject("total"), result.total());
    return Json.bytes(root);
  }

  private static ObjectNode line(ObjectNode node, ResultLine line) {
    node.put("section", line.label());
    node.put("issued", line.issued());
    node.put("removed", line.removed());
    node.put("eligible", line.eligible());
    node.put("ballots", line.ballots());
    node.put("spoilt", line.spoilt());
    node.put("valid", line.valid());
    ArrayNode candidates = node.putArray("candidates");
    for (CandidateVotes votes : line.candidates()) {
      ObjectNode candidate = candidates.addObject();
      candidate.put("candidate", votes.candidate());
      candidate.put("votes", votes.votes());
      percent(candidate, "percent", votes.percent());
    }
    percent(node, "turnout", line.turnout());
    return node;
  }

  private static void percent(ObjectNode node, String field, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      node.put(field, value.get().toPlainString());
    } else {
      node.putNull(field);
    }
  }
}
