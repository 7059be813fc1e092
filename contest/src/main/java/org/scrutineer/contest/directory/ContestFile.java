package org.scrutineer.contest.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.scrutineer.contest.ballot.BallotKind;
import org.scrutineer.contest.step.ContestProgress;
import org.scrutineer.contest.step.Step;
import org.scrutineer.contest.step.StepRecord;
import org.scrutineer.electorate.register.Section;

/**
 * What {@code contest.json} holds: the contest's name, the Belenios group, each section's election
 * UUID (once {@code open} made them), the ballot and its counting method ({@code "ballot"}, {@code
 * "method"}, written from {@code open} on), and the steps done, each with the SHA-256 of every file
 * it wrote. Written last by every writing step: it is the commit point.
 *
 * @param elections each section's election UUID; empty before {@code open}
 * @param ballot the ballot {@code open} made; {@link BallotKind#PLURALITY} before, and in a file
 *     without {@code "ballot"}
 */
public record ContestFile(String name, String group, Map<Section, String> elections, ContestProgress progress, BallotKind ballot) {
  /** The value of {@code format}: a later layout changes it. */
  public static final String FORMAT = "scrutineer-contest 1";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public ContestFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(ballot, "ballot");
    EnumMap<Section, String> copy = new EnumMap<>(Section.class);
    copy.putAll(elections);
    elections = Collections.unmodifiableMap(copy);
  }

  /** A contest with the plurality ballot (every contest before {@code open}). */
  public ContestFile(String name, String group, Map<Section, String> elections, ContestProgress progress) {
    this(name, group, elections, progress, BallotKind.PLURALITY);
  }

  public ContestFile withProgress(ContestProgress next) {
    return new ContestFile(name, group, elections, next, ballot);
  }

  public ContestFile withElections(Map<Section, String> next) {
    return new ContestFile(name, group, next, progress, ballot);
  }

  /** The ballot {@code open} made, and the group of its elections. */
  public ContestFile withBallot(BallotKind next, String nextGroup) {
    return new ContestFile(name, nextGroup, elections, progress, next);
  }

  /** The JSON, indented, ending with a newline. */
  public byte[] toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("name", name);
    root.put("group", group);
    ObjectNode uuids = root.putObject("elections");
    elections.forEach((section, uuid) -> uuids.put(section.key(), uuid));
    if (!elections.isEmpty()) {
      root.put("ballot", ballot.key());
      root.put("method", ballot.method());
    }
    ArrayNode steps = root.putArray("steps");
    for (StepRecord record : progress.done()) {
      ObjectNode step = steps.addObject();
      step.put("step", record.step().command());
      ObjectNode files = step.putObject("files");
      record.files().forEach(files::put);
    }
    try {
      return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /**
   * Reads {@code contest.json}.
   *
   * @throws IllegalArgumentException naming what is wrong, when it is not a contest file this
   *     version wrote or its steps could not have run in the order recorded
   */
  public static ContestFile parse(byte[] bytes) {
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (IOException e) {
      throw new IllegalArgumentException("contest.json is not JSON: " + e.getMessage());
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
      throw new IllegalArgumentException("contest.json: \"format\" is not \"" + FORMAT + "\"");
    }
    Map<Section, String> elections = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> uuids = root.path("elections").fields();
    while (uuids.hasNext()) {
      Map.Entry<String, JsonNode> entry = uuids.next();
      Section section = Section.fromKey(entry.getKey())
          .orElseThrow(() -> new IllegalArgumentException("contest.json: elections: no section \"" + entry.getKey() + "\""));
      elections.put(section, entry.getValue().asText());
    }
    BallotKind ballot = BallotKind.PLURALITY;
    if (root.has("ballot")) {
      String key = root.path("ballot").asText();
      ballot = BallotKind.fromKey(key).orElseThrow(() -> new IllegalArgumentException("contest.json: \"ballot\" is \"" + key
          + "\", expected one of " + java.util.Arrays.stream(BallotKind.values()).map(BallotKind::key).toList()));
      if (!ballot.method().equals(root.path("method").asText())) {
        throw new IllegalArgumentException("contest.json: a " + key + " ballot is counted by \"" + ballot.method() + "\", not \""
            + root.path("method").asText() + "\"");
      }
    }
    List<StepRecord> records = new ArrayList<>();
    for (JsonNode step : root.path("steps")) {
      String command = step.path("step").asText();
      Step found = java.util.Arrays.stream(Step.values()).filter(s -> s.command().equals(command)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("contest.json: no step \"" + command + "\""));
      Map<String, String> files = new LinkedHashMap<>();
      step.path("files").fields().forEachRemaining(entry -> files.put(entry.getKey(), entry.getValue().asText()));
      records.add(new StepRecord(found, files));
    }
    return new ContestFile(text(root, "name"), text(root, "group"), elections, ContestProgress.of(records), ballot);
  }

  private static String text(JsonNode root, String field) {
    JsonNode value = root.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("contest.json: \"" + field + "\" is missing or not a string");
    }
    return value.asText();
  }
}
