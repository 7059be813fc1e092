package org.scrutineer.belenios.tally;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.scrutineer.belenios.ballot.Ballot;
import org.scrutineer.belenios.ballot.NonHomomorphicAnswer;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.election.HomomorphicQuestion;
import org.scrutineer.belenios.election.NonHomomorphicQuestion;
import org.scrutineer.belenios.election.Question;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;

/**
 * The encrypted tally — Belenios spec 2.0 §4.16: for each homomorphic question, for each choice,
 * the product over the counted ballots of the ballot's ciphertext raised to its weight; for each
 * non-homomorphic question, the counted ballots' ciphertexts themselves, in ascending (alpha, beta)
 * order as belenios-tool 2.0's {@code Question_nh.process_ciphertexts} sorts them (the spec leaves
 * the order open; sorting hides the order of the votes before any shuffle). After the shuffles
 * (§4.17) the non-homomorphic entries are replaced by the last shuffle's output ({@link
 * #withShuffled}), and that is the tally the trustees decrypt (§4.18).
 */
public record EncryptedTally(List<List<Ciphertext>> questions) {

  /** belenios-tool's {@code G.compare} on ciphertexts: alpha, then beta, as numbers. */
  private static final Comparator<Ciphertext> TALLY_ORDER =
      Comparator.comparing(Ciphertext::alpha).thenComparing(Ciphertext::beta);

  public EncryptedTally {
    questions = questions.stream().map(List::copyOf).toList();
  }

  /**
   * The tally of no ballots: (1, 1) for every choice of every homomorphic question, the empty
   * product of spec §4.16 "Encrypted tally", and no ciphertexts for a non-homomorphic question.
   */
  public static EncryptedTally empty(Election election) {
    List<List<Ciphertext>> questions = new ArrayList<>();
    for (Question question : election.questions()) {
      List<Ciphertext> choices = new ArrayList<>();
      if (question instanceof HomomorphicQuestion homomorphic) {
        for (int j = 0; j < homomorphic.choiceCount(); j++) {
          choices.add(Ciphertext.one());
        }
      }
      questions.add(choices);
    }
    return new EncryptedTally(questions);
  }

  /**
   * This tally with one more ballot counted {@code weight} times (spec §4.16), for the homomorphic
   * questions; a non-homomorphic question's entry is left as it is (its ciphertexts are collected
   * with {@link #nonHomomorphicCiphertexts} and placed by {@link #withNonHomomorphic}).
   */
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

  /**
   * The ballot's ciphertexts for the non-homomorphic questions, in question order: what §4.16 puts
   * into the tally for them. A ballot shorter than the election, or with another kind of answer
   * where a non-homomorphic one belongs, has none for that question.
   */
  public static List<Ciphertext> nonHomomorphicCiphertexts(Election election, Ballot ballot) {
    List<Ciphertext> ciphertexts = new ArrayList<>();
    List<Question> questions = election.questions();
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i) instanceof NonHomomorphicQuestion
          && i < ballot.answers().size()
          && ballot.answers().get(i) instanceof NonHomomorphicAnswer answer) {
        ciphertexts.add(answer.ciphertext());
      }
    }
    return List.copyOf(ciphertexts);
  }

  /**
   * This tally with each non-homomorphic question's entry set to the given ciphertexts (one
   * collection per non-homomorphic question, in question order), sorted in belenios-tool's order:
   * spec §4.16 for the questions §4.17 will shuffle.
   *
   * @throws IllegalArgumentException if there is not one collection per non-homomorphic question
   */
  public EncryptedTally withNonHomomorphic(Election election, List<? extends Collection<Ciphertext>> ciphertexts) {
    List<List<Ciphertext>> sorted = new ArrayList<>();
    for (Collection<Ciphertext> question : ciphertexts) {
      List<Ciphertext> list = new ArrayList<>(question);
      list.sort(TALLY_ORDER);
      sorted.add(list);
    }
    return withNonHomomorphicEntries(election, sorted);
  }

  /**
   * nh_ciphertexts of spec §4.17 "Shuffles": the entries of the non-homomorphic questions, in
   * question order — the input of the first shuffle.
   */
  public List<List<Ciphertext>> nonHomomorphic(Election election) {
    List<List<Ciphertext>> entries = new ArrayList<>();
    List<Question> electionQuestions = election.questions();
    for (int i = 0; i < electionQuestions.size() && i < questions.size(); i++) {
      if (electionQuestions.get(i) instanceof NonHomomorphicQuestion) {
        entries.add(questions.get(i));
      }
    }
    return List.copyOf(entries);
  }

  /**
   * The merge of spec §4.17 "Shuffles" (belenios-tool's {@code merge_nh_ciphertexts}): this tally
   * with its non-homomorphic entries replaced by a shuffle's output, in that output's order — the
   * tally the trustees decrypt (§4.18).
   *
   * @throws IllegalArgumentException if there is not one list per non-homomorphic question
   */
  public EncryptedTally withShuffled(Election election, List<List<Ciphertext>> shuffled) {
    return withNonHomomorphicEntries(election, shuffled);
  }

  private EncryptedTally withNonHomomorphicEntries(Election election, List<List<Ciphertext>> entries) {
    List<Question> electionQuestions = election.questions();
    long expected = electionQuestions.stream().filter(NonHomomorphicQuestion.class::isInstance).count();
    if (entries.size() != expected || questions.size() != electionQuestions.size()) {
      throw new IllegalArgumentException(entries.size() + " lists of ciphertexts for " + expected
          + " non-homomorphic questions, in a tally of " + questions.size() + " questions for " + electionQuestions.size());
    }
    Iterator<List<Ciphertext>> next = entries.iterator();
    List<List<Ciphertext>> merged = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      merged.add(electionQuestions.get(i) instanceof NonHomomorphicQuestion ? next.next() : questions.get(i));
    }
    return new EncryptedTally(merged);
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
