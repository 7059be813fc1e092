package org.scrutineer.contest.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.contest.removal.RemovalLog;
import org.scrutineer.contest.removal.VoteRemoval;
import org.scrutineer.electorate.register.Section;

/**
 * {@code removals.json}, the public removal log (docs/adr/0012-contest-design.md, "Removal"):
 * {@code {"removals":[{number, section, credential, reason, authority, decided}]}} — the public
 * credential, never the voter.
 */
public final class RemovalsFile {
  public static final String PATH = "removals.json";

  private RemovalsFile() {}

  public static byte[] toJson(RemovalLog log) {
    ObjectNode root = Json.object();
    ArrayNode removals = root.putArray("removals");
    for (VoteRemoval removal : log.removals()) {
      ObjectNode entry = removals.addObject();
      entry.put("number", removal.number());
      entry.put("section", removal.section().key());
      entry.put("credential", removal.credential());
      entry.put("reason", removal.reason());
      entry.put("authority", removal.authority());
      entry.put("decided", removal.decided().toString());
    }
    return Json.bytes(root);
  }

  /** @throws IllegalArgumentException naming the entry at fault */
  public static RemovalLog parse(byte[] bytes) {
    JsonNode root = Json.read(bytes, PATH);
    List<VoteRemoval> removals = new ArrayList<>();
    for (JsonNode entry : root.path("removals")) {
      String key = entry.path("section").asText();
      Section section = Section.fromKey(key).orElseThrow(() -> new IllegalArgumentException(PATH + ": no section \"" + key + "\""));
      removals.add(new VoteRemoval(entry.path("number").asInt(), section, entry.path("credential").asText(),
          entry.path("reason").asText(), entry.path("authority").asText(), LocalDate.parse(entry.path("decided").asText())));
    }
    return new RemovalLog(removals);
  }
}
