package org.scrutineer.belenios.election;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.crypto.credential.Base58;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.hash.Sha256;

/**
 * An election — Belenios spec 2.0 §4.10 — together with the exact bytes it was read from, because
 * its fingerprint φ = H_JSON(bytes) (§4.15) goes into every ballot and proof.
 */
public final class Election {
  private static final Set<String> FIELDS =
      Set.of(
          "version", "description", "name", "group", "public_key", "questions", "uuid",
          "administrator", "credential_authority");

  private final ElectionTemplate template;
  private final Group group;
  private final BigInteger publicKey;
  private final String uuid;
  private final byte[] bytes;
  private final String fingerprint;

  private Election(
      ElectionTemplate template, Group group, BigInteger publicKey, String uuid, byte[] bytes) {
    this.template = template;
    this.group = group;
    this.publicKey = publicKey;
    this.uuid = uuid;
    this.bytes = bytes.clone();
    this.fingerprint = Sha256.base64(bytes);
  }

  /**
   * Builds the election {@code belenios-tool setup make-election} writes: the template's fields
   * with version 1, group, public key and uuid added, in the field order of spec §4.10 "Elections".
   */
  public static Election create(
      ElectionTemplate template, Group group, BigInteger publicKey, String uuid) {
    byte[] bytes =
        JsonWriting.bytes(
            json -> {
              json.writeStartObject();
              json.writeNumberField("version", 1);
              json.writeStringField("description", template.description());
              json.writeStringField("name", template.name());
              json.writeStringField("group", group.name());
              JsonWriting.number(json, "public_key", publicKey);
              json.writeArrayFieldStart("questions");
              for (Question question : template.questions()) {
                question.write(json);
              }
              json.writeEndArray();
              json.writeStringField("uuid", uuid);
              if (template.administrator().isPresent()) {
                json.writeStringField("administrator", template.administrator().get());
              }
              if (template.credentialAuthority().isPresent()) {
                json.writeStringField("credential_authority", template.credentialAuthority().get());
              }
              json.writeEndObject();
            });
    return new Election(template, group, publicKey, uuid, bytes);
  }

  /**
   * Reads an election file (spec §4.10 "Elections"). The public key is checked for subgroup
   * membership (§4.2 type G); the group must be one Scrutineer knows (§5).
   */
  public static Election parse(byte[] bytes) throws BeleniosFormatException {
    String path = "election";
    JsonNode node = JsonReading.parse(bytes, path);
    JsonReading.object(node, path, FIELDS);
    int version = JsonReading.smallIntField(node, "version", path);
    if (version != 1) {
      throw new BeleniosFormatException(
          path + ".version", "unsupported election version " + version + " (Belenios 2.0 writes 1)");
    }
    String groupName = JsonReading.stringField(node, "group", path);
    Group group =
        Group.byName(groupName)
            .orElseThrow(
                () ->
                    new BeleniosFormatException(
                        path + ".group",
                        "unknown group \"" + groupName + "\" (expected one of " + Group.knownNames() + ")"));
    BigInteger publicKey = JsonReading.numberField(node, "public_key", path);
    if (!group.isMember(publicKey)) {
      throw new BeleniosFormatException(
          path + ".public_key", "not an element of the order-q subgroup of " + group.name());
    }
    String uuid = JsonReading.stringField(node, "uuid", path);
    if (!isValidUuid(uuid)) {
      throw new BeleniosFormatException(
          path + ".uuid", "\"" + uuid + "\" is not a uuid (at least 14 Base58 characters)");
    }
    return new Election(ElectionTemplate.read(node, path), group, publicKey, uuid, bytes);
  }

  /** Spec §4.2 uuid: at least 14 Base58 characters. */
  public static boolean isValidUuid(String uuid) {
    return uuid.length() >= 14 && uuid.chars().allMatch(c -> Base58.digit((char) c) >= 0);
  }

  public String uuid() {
    return uuid;
  }

  public Group group() {
    return group;
  }

  /** The election public key y (§4.10). */
  public BigInteger publicKey() {
    return publicKey;
  }

  public String name() {
    return template.name();
  }

  public String description() {
    return template.description();
  }

  public List<Question> questions() {
    return template.questions();
  }

  public Optional<String> administrator() {
    return template.administrator();
  }

  public Optional<String> credentialAuthority() {
    return template.credentialAuthority();
  }

  /** φ, the election fingerprint: unpadded Base64 SHA-256 of the election's bytes (§4.15). */
  public String fingerprint() {
    return fingerprint;
  }

  /**
   * The exact bytes of the election file: spec §4.10 "Elections" has it serialised "always the same
   * throughout the election", and φ hashes them (§4.15).
   */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Whether a question needs shuffles (§4.17), which Scrutineer does not support yet. */
  public boolean hasNonHomomorphicQuestions() {
    return template.questions().stream().anyMatch(NonHomomorphicQuestion.class::isInstance);
  }
}
