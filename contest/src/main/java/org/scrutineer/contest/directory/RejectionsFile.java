package org.scrutineer.contest.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.contest.rejection.Rejection;
import org.scrutineer.contest.rejection.RejectionLog;
import org.scrutineer.contest.rejection.RejectionReason;
import org.scrutineer.electorate.register.Section;

/**
 * {@code rejections.json}, the public log of ballots refused at casting
 * (docs/formats/contest-result.md, "rejections.json"): {@code {"rejections":[{number, section,
 * received, reason, detail, tracker}]}} — never a ballot's content.
 */
public final class RejectionsFile {
  public static final String PATH = "rejections.json";

  private RejectionsFile() {}

  public static byte[] toJson(RejectionLog log) {
    ObjectNode root = Json.object();
    ArrayNode rejections = root.putArray("rejections");
    for (Rejection rejection : log.rejections()) {
      ObjectNode entry = rejections.addObject();
      entry.put("number", rejection.number());
      entry.put("section", rejection.section().key());
      entry.put("received", rejection.received().toString());
      entry.put("reason", rejection.reason().key());
      entry.put("detail", rejection.detail());
      entry.put("tracker", rejection.tracker());
    }
    return Json.bytes(root);
  }

  /** @throws IllegalArgumentException naming the entry and field at fault */
  public static RejectionLog parse(byte[] bytes) {
    JsonNode root = Json.read(bytes, PATH);
    if (!root.path("rejections").isArray()) {
      throw new IllegalArgumentException(PATH + ": no \"rejections\" array");
    }
    List<Rejection> rejections = new ArrayList<>();
    int index = 0;
    for (JsonNode entry : root.path("rejections")) {
      index++;
      String where = PATH + ": rejection " + index;
      String sectionKey = entry.path("section").asText();
      Section section = Section.fromKey(sectionKey)
          .orElseThrow(() -> new IllegalArgumentException(where + ": no section \"" + sectionKey + "\""));
      String reasonKey = entry.path("reason").asText();
      RejectionReason reason = RejectionReason.fromKey(reasonKey)
          .orElseThrow(() -> new IllegalArgumentException(where + ": no reason \"" + reasonKey + "\""));
      Instant received;
      try {
        received = Instant.parse(entry.path("received").asText());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(where + ": \"received\" is not an instant such as 2016-09-21T12:00:00Z");
      }
      try {
        rejections.add(new Rejection(entry.path("number").asInt(), section, received, reason, entry.path("detail").asText(),
            entry.path("tracker").asText()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    try {
      return new RejectionLog(rejections);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(PATH + ": " + e.getMessage(), e);
    }
  }
}
