package org.scrutineer.belenios.tally;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.crypto.dlog.DiscreteLog;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;

/**
 * The election result — Belenios spec 2.0 §4.19: for each homomorphic question and choice, the
 * (weighted) number of votes, log_g(beta / F) where F is the product of the trustees' decryption
 * factors. Only single (mandatory) trustees are supported so far, so F is a plain product.
 */
public record ElectionResult(List<List<BigInteger>> counts) {

  public ElectionResult {
    counts = counts.stream().map(List::copyOf).toList();
  }

  /**
   * Spec §4.19 for single trustees: combines the partial decryptions (one per trustee, already
   * checked) and takes bounded discrete logarithms, as {@code belenios-tool election compute-result}.
   *
   * @throws IllegalArgumentException if some count is not in [0, totalWeight], or the total weight
   *     exceeds {@link DiscreteLog#MAX_BOUND}
   */
  public static ElectionResult compute(
      Election election, EncryptedTally tally, BigInteger totalWeight, List<PartialDecryption> decryptions) {
    Group group = election.group();
    if (totalWeight.compareTo(BigInteger.valueOf(DiscreteLog.MAX_BOUND)) > 0) {
      throw new IllegalArgumentException("the total weight " + totalWeight + " is above " + DiscreteLog.MAX_BOUND
          + ", too large to decrypt the counts (baby-step giant-step needs √weight memory); use smaller weights");
    }
    DiscreteLog log = new DiscreteLog(group, totalWeight.longValueExact());
    List<List<BigInteger>> plain = decryptedPowers(group, tally, decryptions);
    List<List<BigInteger>> counts = new ArrayList<>();
    for (int i = 0; i < plain.size(); i++) {
      List<BigInteger> question = new ArrayList<>();
      for (int j = 0; j < plain.get(i).size(); j++) {
        long count =
            log.log(plain.get(i).get(j))
                .orElseThrow(() -> new IllegalArgumentException("a decrypted count is larger than the total weight " + totalWeight));
        question.add(BigInteger.valueOf(count));
      }
      counts.add(question);
    }
    return new ElectionResult(counts);
  }

  /**
   * Spec §4.19 check: every count c satisfies 0 ≤ c ≤ total weight and g^c = beta / F. Cheaper than
   * computing the logarithm, and exactly as strong. Returns the first problem, or empty.
   */
  public Optional<String> check(
      Election election, EncryptedTally tally, BigInteger totalWeight, List<PartialDecryption> decryptions) {
    Group group = election.group();
    List<List<BigInteger>> plain = decryptedPowers(group, tally, decryptions);
    if (counts.size() != plain.size()) {
      return Optional.of("the result has " + counts.size() + " questions, the tally " + plain.size());
    }
    for (int i = 0; i < plain.size(); i++) {
      if (counts.get(i).size() != plain.get(i).size()) {
        return Optional.of("result[" + i + "] has " + counts.get(i).size() + " counts for " + plain.get(i).size() + " choices");
      }
      for (int j = 0; j < plain.get(i).size(); j++) {
        BigInteger count = counts.get(i).get(j);
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

  /** beta / F for every ciphertext: g to the power of the count. */
  private static List<List<BigInteger>> decryptedPowers(
      Group group, EncryptedTally tally, List<PartialDecryption> decryptions) {
    List<List<BigInteger>> plain = new ArrayList<>();
    for (int i = 0; i < tally.questions().size(); i++) {
      List<BigInteger> question = new ArrayList<>();
      for (int j = 0; j < tally.questions().get(i).size(); j++) {
        Ciphertext ciphertext = tally.questions().get(i).get(j);
        BigInteger factor = BigInteger.ONE;
        for (PartialDecryption decryption : decryptions) {
          factor = group.mul(factor, decryption.factors().get(i).get(j));
        }
        question.add(group.div(ciphertext.beta(), factor));
      }
      plain.add(question);
    }
    return plain;
  }

  /** Reads a spec §4.19 "Election result" result structure. */
  public static ElectionResult parse(byte[] bytes) throws BeleniosFormatException {
    String path = "result";
    JsonNode node = JsonReading.parse(bytes, path);
    JsonReading.object(node, path, Set.of("result"));
    return new ElectionResult(
        JsonReading.list(
            JsonReading.field(node, "result", path),
            path + ".result",
            (question, questionPath) -> JsonReading.list(question, questionPath, JsonReading::weight)));
  }

  /** Writes the spec §4.19 result structure, counts as belenios-tool writes weights. */
  public byte[] toJson() {
    return JsonWriting.bytes(
        json -> {
          json.writeStartObject();
          json.writeArrayFieldStart("result");
          for (List<BigInteger> question : counts) {
            json.writeStartArray();
            for (BigInteger count : question) {
              JsonWriting.weight(json, count);
            }
            json.writeEndArray();
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }
}
