package org.scrutineer.belenios.tally;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.belenios.ballot.Ballot;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.election.HomomorphicQuestion;
import org.scrutineer.belenios.election.Question;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;

/**
 * The encrypted tally — Belenios spec 2.0 §4.16: for each homomorphic question, for each choice,
 * the product over the counted ballots of the ballot's ciphertext raised to its weight.
 */
public record EncryptedTally(List<List<Ciphertext>> questions) {

  public EncryptedTally {
    questions = questions.stream().map(List::copyOf).toList();
  }

  /**
   * The tally of no ballots: (1, 1) for every choice of every question, the empty product of spec
   * §4.16 "Encrypted tally".
   */
  public static EncryptedTally empty(Election election) {
    List<List<Ciphertext>> questions = new ArrayList<>();
    for (Question question : election.questions()) {
      if (!(question instanceof HomomorphicQuestion homomorphic)) {
        throw new IllegalArgumentException("non-homomorphic questions are not supported yet");
      }
      List<Ciphertext> choices = new ArrayList<>();
      for (int j = 0; j < homomorphic.choiceCount(); j++) {
        choices.add(Ciphertext.one());
      }
      questions.add(choices);
    }
    return new EncryptedTally(questions);
  }

  /** This tally with one more ballot counted {@code weight} times (spec §4.16). */
  public EncryptedTally plus(Group group, Ballot ballot, BigInteger weight) {
    List<List<Ciphertext>> sums = new ArrayList<>(questions.size());
    for (int i = 0; i < questions.size(); i++) {
      List<Ciphertext> current = questions.get(i);
      List<Ciphertext> choices = ballot.answers().get(i).choices();
      List<Ciphertext> next = new ArrayList<>(current.size());
      for (int j = 0; j < current.size(); j++) {
        Ciphertext choice = choices.get(j);
        Ciphertext weighted = weight.equals(BigInteger.ONE) ? choice : choice.pow(group, weight);
        next.add(current.get(j).times(group, weighted));
      }
      sums.add(next);
    }
    return new EncryptedTally(sums);
  }

  /** Reads a spec §4.16 "Encrypted tally" encrypted_tally: ciphertext∗∗. */
  public static EncryptedTally parse(byte[] bytes) throws BeleniosFormatException {
    String path = "encrypted_tally";
    JsonNode node = JsonReading.parse(bytes, path);
    return new EncryptedTally(
        JsonReading.list(node, path, (question, questionPath) -> JsonReading.list(question, questionPath, JsonReading::ciphertext)));
  }

  /** Writes the spec §4.16 encrypted_tally. */
  public byte[] toJson() {
    return JsonWriting.bytes(
        json -> {
          json.writeStartArray();
          for (List<Ciphertext> question : questions) {
            json.writeStartArray();
            for (Ciphertext ciphertext : question) {
              JsonWriting.ciphertext(json, ciphertext);
            }
            json.writeEndArray();
          }
          json.writeEndArray();
        });
  }
}
