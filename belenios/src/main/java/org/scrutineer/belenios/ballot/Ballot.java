package org.scrutineer.belenios.ballot;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.crypto.hash.Sha256;

/**
 * A ballot — Belenios spec 2.0 §4.15. Its canonical JSON (compact, spec field order) is what
 * belenios-tool hashes and what it requires a cast ballot to be byte for byte.
 */
public record Ballot(
    String electionUuid,
    String electionHash,
    BigInteger credential,
    List<Answer> answers,
    Optional<Signature> signature) {

  private static final Set<String> FIELDS =
      Set.of("election_uuid", "election_hash", "credential", "answers", "signature");

  public Ballot {
    answers = List.copyOf(answers);
  }

  /**
   * Reads a ballot (spec §4.15 "Ballots"), its answers those of §4.11.1 "Homomorphic answers" or
   * §4.11.2 "Non-homomorphic answers", told apart by shape ({@link Answer#read}).
   */
  public static Ballot parse(byte[] bytes) throws BeleniosFormatException {
    String path = "ballot";
    JsonNode node = JsonReading.parse(bytes, path);
    JsonReading.object(node, path, FIELDS);
    List<Answer> answers =
        JsonReading.list(JsonReading.field(node, "answers", path), path + ".answers", Answer::read);
    Optional<Signature> signature = Optional.empty();
    Optional<JsonNode> signatureNode = JsonReading.optionalField(node, "signature");
    if (signatureNode.isPresent()) {
      String signaturePath = path + ".signature";
      JsonNode value = signatureNode.get();
      JsonReading.object(value, signaturePath, Set.of("hash", "proof"));
      signature =
          Optional.of(
              new Signature(
                  JsonReading.stringField(value, "hash", signaturePath),
                  JsonReading.proof(JsonReading.field(value, "proof", signaturePath), signaturePath + ".proof")));
    }
    return new Ballot(
        JsonReading.stringField(node, "election_uuid", path),
        JsonReading.stringField(node, "election_hash", path),
        JsonReading.numberField(node, "credential", path),
        answers,
        signature);
  }

  /** The canonical JSON of the whole ballot (spec §4.15). */
  public byte[] toJson() {
    return write(true);
  }

  /**
   * H_JSON of the ballot without its signature: the {@code hash} a signature must carry (spec
   * §4.14, §4.15).
   */
  public String hashWithoutSignature() {
    return Sha256.base64(write(false));
  }

  /** The smart ballot tracker of canonical ballot bytes: H_JSON of the whole ballot (§4.15). */
  public static String tracker(byte[] ballotBytes) {
    return Sha256.base64(ballotBytes);
  }

  private byte[] write(boolean withSignature) {
    return JsonWriting.bytes(
        json -> {
          json.writeStartObject();
          json.writeStringField("election_uuid", electionUuid);
          json.writeStringField("election_hash", electionHash);
          JsonWriting.number(json, "credential", credential);
          json.writeArrayFieldStart("answers");
          for (Answer answer : answers) {
            answer.write(json);
          }
          json.writeEndArray();
          if (withSignature && signature.isPresent()) {
            json.writeObjectFieldStart("signature");
            json.writeStringField("hash", signature.get().hash());
            json.writeFieldName("proof");
            JsonWriting.proof(json, signature.get().proof());
            json.writeEndObject();
          }
          json.writeEndObject();
        });
  }
}
