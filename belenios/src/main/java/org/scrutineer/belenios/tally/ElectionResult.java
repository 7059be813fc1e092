package org.scrutineer.belenios.tally;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.election.Embedding;
import org.scrutineer.belenios.election.HomomorphicQuestion;
import org.scrutineer.belenios.election.NonHomomorphicQuestion;
import org.scrutineer.belenios.election.Question;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.crypto.dlog.DiscreteLog;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;

/**
 * The election result — Belenios spec 2.0 §4.19, one entry per question: for a homomorphic question
 * the (weighted) number of votes for each choice, log_g(beta / F) where F is the product of the
 * trustees' decryption factors; for a non-homomorphic question the decrypted ballots, each
 * group_decode(beta / F) of one shuffled ciphertext (§4.11.2), in shuffled order. F combines the
 * trustees' partial decryptions, Single and threshold ({@link DecryptionFactors}).
 */
public record ElectionResult(List<QuestionResult> questions) {

  /** The result of one question (spec §4.19). */
  public sealed interface QuestionResult permits Counts, DecryptedBallots {}

  /** A homomorphic question's counts, one per choice (blank slot first), as weights (§4.19). */
  public record Counts(List<BigInteger> counts) implements QuestionResult {
    public Counts {
      counts = List.copyOf(counts);
    }
  }

  /**
   * A non-homomorphic question's decrypted ballots: one vector of small integers per ballot (ranks
   * or grades, one per answer), in the order of the last shuffle (§4.19, §4.17). This is the array
   * {@code belenios-tool method schulze|stv|majority-judgment} and {@code scrutineer count --format
   * belenios} read.
   */
  public record DecryptedBallots(List<List<Integer>> ballots) implements QuestionResult {
    public DecryptedBallots {
      ballots = ballots.stream().map(List::copyOf).toList();
    }
  }

  public ElectionResult {
    questions = List.copyOf(questions);
  }

  /** A result of homomorphic questions only: the counts of each. */
  public static ElectionResult ofCounts(List<List<BigInteger>> counts) {
    return new ElectionResult(counts.stream().<QuestionResult>map(Counts::new).toList());
  }

  /**
   * The counts of each question, for a result of homomorphic questions only.
   *
   * @throws IllegalStateException if some question is non-homomorphic (use {@link #questions()})
   */
  public List<List<BigInteger>> counts() {
    List<List<BigInteger>> counts = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      if (!(questions.get(i) instanceof Counts c)) {
        throw new IllegalStateException("result[" + i + "] holds decrypted ballots of a non-homomorphic question, not counts");
      }
      counts.add(c.counts());
    }
    return List.copyOf(counts);
  }

  /**
   * Spec §4.19: decrypts the tally with the combined decryption factors F ({@link
   * DecryptionFactors}), as {@code belenios-tool election compute-result}: a homomorphic question's
   * counts are bounded discrete logarithms of beta / F, a non-homomorphic question's ballots are
   * group_decode(beta / F) of each shuffled ciphertext, in the shuffled order.
   *
   * @throws IllegalArgumentException if some count is not in [0, totalWeight], the total weight
   *     exceeds {@link DiscreteLog#MAX_BOUND}, the factors do not have the tally's shape, or a
   *     non-homomorphic question is in a group without embedding
   */
  public static ElectionResult compute(
      Election election, EncryptedTally tally, BigInteger totalWeight, List<List<BigInteger>> factors) {
    Group group = election.group();
    List<List<BigInteger>> plain = plaintexts(group, tally, factors);
    Optional<DiscreteLog> log = Optional.empty();
    List<QuestionResult> results = new ArrayList<>();
    for (int i = 0; i < plain.size(); i++) {
      Question question = election.questions().get(i);
      if (question instanceof NonHomomorphicQuestion) {
        results.add(decode(election, question, plain.get(i), i));
        continue;
      }
      if (log.isEmpty()) {
        if (totalWeight.compareTo(BigInteger.valueOf(DiscreteLog.MAX_BOUND)) > 0) {
          throw new IllegalArgumentException("the total weight " + totalWeight + " is above " + DiscreteLog.MAX_BOUND
              + ", too large to decrypt the counts (baby-step giant-step needs √weight memory); use smaller weights");
        }
        log = Optional.of(new DiscreteLog(group, totalWeight.longValueExact()));
      }
      List<BigInteger> counts = new ArrayList<>();
      for (BigInteger power : plain.get(i)) {
        long count =
            log.get().log(power)
                .orElseThrow(() -> new IllegalArgumentException("a decrypted count is larger than the total weight " + totalWeight));
        counts.add(BigInteger.valueOf(count));
      }
      results.add(new Counts(counts));
    }
    return new ElectionResult(results);
  }

  /**
   * Spec §4.19 check, as belenios-tool's {@code check_result}: every count c satisfies 0 ≤ c ≤ total
   * weight and g^c = beta / F (cheaper than the logarithm, and exactly as strong); every
   * non-homomorphic entry is exactly group_decode(beta / F) of the tally's ciphertexts, in their
   * order. Returns the first problem, or empty.
   */
  public Optional<String> check(
      Election election, EncryptedTally tally, BigInteger totalWeight, List<List<BigInteger>> factors) {
    Group group = election.group();
    List<List<BigInteger>> plain;
    try {
      plain = plaintexts(group, tally, factors);
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
    if (questions.size() != plain.size() || plain.size() != election.questions().size()) {
      return Optional.of("the result has " + questions.size() + " questions, the tally " + plain.size());
    }
    for (int i = 0; i < plain.size(); i++) {
      Question question = election.questions().get(i);
      if (question instanceof NonHomomorphicQuestion) {
        if (!(questions.get(i) instanceof DecryptedBallots published)) {
          return Optional.of("result[" + i + "] holds counts, but question " + (i + 1) + " is non-homomorphic (decrypted ballots expected)");
        }
        DecryptedBallots decrypted;
        try {
          decrypted = decode(election, question, plain.get(i), i);
        } catch (IllegalArgumentException e) {
          return Optional.of(e.getMessage());
        }
        if (published.ballots().size() != decrypted.ballots().size()) {
          return Optional.of("result[" + i + "] has " + published.ballots().size() + " ballots for " + decrypted.ballots().size() + " shuffled ciphertexts");
        }
        for (int j = 0; j < decrypted.ballots().size(); j++) {
          if (!published.ballots().get(j).equals(decrypted.ballots().get(j))) {
            return Optional.of("result[" + i + "][" + j + "] = " + published.ballots().get(j) + " is not the decryption of shuffled ciphertext "
                + j + ", which is " + decrypted.ballots().get(j) + " (spec §4.19)");
          }
        }
        continue;
      }
      if (!(questions.get(i) instanceof Counts published)) {
        return Optional.of("result[" + i + "] holds decrypted ballots, but question " + (i + 1) + " is homomorphic (counts expected)");
      }
      List<BigInteger> counts = published.counts();
      if (counts.size() != plain.get(i).size()) {
        return Optional.of("result[" + i + "] has " + counts.size() + " counts for " + plain.get(i).size() + " choices");
      }
      for (int j = 0; j < plain.get(i).size(); j++) {
        BigInteger count = counts.get(j);
        if (count.signum() < 0 || count.compareTo(totalWeight) > 0) {
          return Optional.of("result[" + i + "][" + j + "] = " + count + " is outside [0, total weight " + totalWeight + "]");
        }
        if (!group.powG(count).equals(plain.get(i).get(j))) {
          return Optional.of("result[" + i + "][" + j + "] = " + count + " is not the decryption of the encrypted tally (spec §4.19)");
        }
      }
    }
    return Optional.empty();
  }

  /** beta / F for every ciphertext: g^count for a homomorphic choice, ξ for a shuffled ballot. */
  private static List<List<BigInteger>> plaintexts(Group group, EncryptedTally tally, List<List<BigInteger>> factors) {
    if (factors.size() != tally.questions().size()) {
      throw new IllegalArgumentException("the decryption factors cover " + factors.size() + " questions, the tally " + tally.questions().size());
    }
    List<List<BigInteger>> plain = new ArrayList<>();
    for (int i = 0; i < tally.questions().size(); i++) {
      List<Ciphertext> ciphertexts = tally.questions().get(i);
      List<BigInteger> questionFactors = factors.get(i);
      if (questionFactors.size() != ciphertexts.size()) {
        throw new IllegalArgumentException("question " + (i + 1) + " has " + questionFactors.size() + " decryption factors for " + ciphertexts.size() + " ciphertexts");
      }
      plain.add(IntStream.range(0, ciphertexts.size())
          .parallel()
          .mapToObj(j -> group.div(ciphertexts.get(j).beta(), questionFactors.get(j)))
          .toList());
    }
    return plain;
  }

  /** group_decode of each ξ (§4.19, §4.11.2): one value per answer of the question. */
  private static DecryptedBallots decode(Election election, Question question, List<BigInteger> xis, int index) {
    Embedding embedding = Embedding.of(election.group())
        .orElseThrow(() -> new IllegalArgumentException("question " + (index + 1) + " is non-homomorphic, but group "
            + election.group().name() + " has no embedding to decode its ballots (spec §5)"));
    int answers = question.answers().size();
    return new DecryptedBallots(xis.stream().map(xi -> embedding.decode(answers, xi)).toList());
  }

  /**
   * Reads a spec §4.19 "Election result" result structure, telling each question's kind by shape: an
   * array of arrays holds decrypted non-homomorphic ballots, an array of numbers counts. An empty
   * array (a non-homomorphic question nobody answered) reads as no decrypted ballots. Use {@link
   * #parse(byte[], Election)} to read it against its questions.
   */
  public static ElectionResult parse(byte[] bytes) throws BeleniosFormatException {
    String path = "result";
    JsonNode node = JsonReading.parse(bytes, path);
    JsonReading.object(node, path, Set.of("result"));
    return new ElectionResult(
        JsonReading.list(
            JsonReading.field(node, "result", path),
            path + ".result",
            (question, questionPath) -> {
              JsonNode array = JsonReading.array(question, questionPath);
              return array.size() > 0 && array.get(0).isArray()
                  ? decryptedBallots(array, questionPath, Integer.MAX_VALUE, -1)
                  : new Counts(JsonReading.list(array, questionPath, JsonReading::weight));
            }));
  }

  /**
   * Reads a result against its election (spec §4.19): one entry per question; for a homomorphic
   * question one count per choice (blank slot first); for a non-homomorphic one a list of ballots,
   * each one integer per answer within the group's embedding (0 to 2^bits_per_int − 1, §4.11.2).
   */
  public static ElectionResult parse(byte[] bytes, Election election) throws BeleniosFormatException {
    String path = "result";
    JsonNode node = JsonReading.parse(bytes, path);
    JsonReading.object(node, path, Set.of("result"));
    JsonNode array = JsonReading.array(JsonReading.field(node, "result", path), path + ".result");
    List<Question> questions = election.questions();
    if (array.size() != questions.size()) {
      throw new BeleniosFormatException(
          path + ".result", array.size() + " entries for the election's " + questions.size() + " questions");
    }
    List<QuestionResult> results = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      String questionPath = path + ".result[" + i + "]";
      JsonNode entry = JsonReading.array(array.get(i), questionPath);
      if (questions.get(i) instanceof NonHomomorphicQuestion question) {
        int max = Embedding.of(election.group()).map(Embedding::maxValue).orElse(-1);
        if (max < 0) {
          throw new BeleniosFormatException(
              questionPath, "a non-homomorphic question in group " + election.group().name() + ", which has no embedding (spec §5)");
        }
        results.add(decryptedBallots(entry, questionPath, max, question.answers().size()));
      } else {
        HomomorphicQuestion question = (HomomorphicQuestion) questions.get(i);
        List<BigInteger> counts = JsonReading.list(entry, questionPath, JsonReading::weight);
        if (counts.size() != question.choiceCount()) {
          throw new BeleniosFormatException(
              questionPath, counts.size() + " counts for the question's " + question.choiceCount() + " choices");
        }
        results.add(new Counts(counts));
      }
    }
    return new ElectionResult(results);
  }

  /** Ballots of {@code length} integers in [0, max] each ({@code length} −1: any). */
  private static DecryptedBallots decryptedBallots(JsonNode array, String path, int max, int length)
      throws BeleniosFormatException {
    return new DecryptedBallots(
        JsonReading.list(
            array,
            path,
            (ballot, ballotPath) -> {
              List<Integer> values = JsonReading.list(ballot, ballotPath, JsonReading::smallInt);
              if (length >= 0 && values.size() != length) {
                throw new BeleniosFormatException(
                    ballotPath, values.size() + " values for the question's " + length + " answers");
              }
              for (int j = 0; j < values.size(); j++) {
                if (values.get(j) < 0 || values.get(j) > max) {
                  throw new BeleniosFormatException(
                      ballotPath + "[" + j + "]", values.get(j) + " is outside [0, " + max + "] (spec §4.11.2 embedding)");
                }
              }
              return values;
            }));
  }

  /**
   * Writes the spec §4.19 result structure as belenios-tool does: counts as it writes weights,
   * decrypted ballots as arrays of JSON numbers.
   */
  public byte[] toJson() {
    return JsonWriting.bytes(
        json -> {
          json.writeStartObject();
          json.writeArrayFieldStart("result");
          for (QuestionResult question : questions) {
            json.writeStartArray();
            if (question instanceof Counts counts) {
              for (BigInteger count : counts.counts()) {
                JsonWriting.weight(json, count);
              }
            } else {
              for (List<Integer> ballot : ((DecryptedBallots) question).ballots()) {
                json.writeStartArray();
                for (int value : ballot) {
                  json.writeNumber(value);
                }
                json.writeEndArray();
              }
            }
            json.writeEndArray();
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }
}
