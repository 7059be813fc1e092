package org.scrutineer.belenios.tally;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.proof.DecryptionProof;
import org.scrutineer.crypto.proof.Proof;

/**
 * A trustee's partial decryption of the encrypted tally — Belenios spec 2.0 §4.18: for each
 * ciphertext, the factor alpha^x and a proof that it was computed with the trustee's key.
 */
public record PartialDecryption(List<List<BigInteger>> factors, List<List<Proof>> proofs) {

  public PartialDecryption {
    factors = factors.stream().map(List::copyOf).toList();
    proofs = proofs.stream().map(List::copyOf).toList();
  }

  /** Spec §4.18: what {@code belenios-tool election decrypt} computes with private key x. */
  public static PartialDecryption compute(
      Election election, EncryptedTally tally, BigInteger x, SecureRandom random) {
    Group group = election.group();
    List<List<BigInteger>> factors = new ArrayList<>();
    List<List<Proof>> proofs = new ArrayList<>();
    for (List<Ciphertext> question : tally.questions()) {
      // On every core: a shuffled non-homomorphic tally has one ciphertext per ballot.
      factors.add(question.parallelStream().map(c -> group.pow(c.alpha(), x)).toList());
      proofs.add(question.parallelStream()
          .map(c -> DecryptionProof.prove(group, election.fingerprint(), x, c.alpha(), random))
          .toList());
    }
    return new PartialDecryption(factors, proofs);
  }

  /**
   * Spec §4.18 verification against the trustee's public key: shapes match the tally, every factor
   * is in the subgroup, every proof verifies (on every core: a shuffled tally has one ciphertext per
   * ballot). Returns the first problem in tally order, or empty.
   */
  public Optional<String> check(Election election, EncryptedTally tally, BigInteger publicKey) {
    Group group = election.group();
    if (factors.size() != tally.questions().size() || proofs.size() != tally.questions().size()) {
      return Optional.of("has " + factors.size() + " questions, the encrypted tally " + tally.questions().size());
    }
    for (int i = 0; i < factors.size(); i++) {
      List<Ciphertext> question = tally.questions().get(i);
      if (factors.get(i).size() != question.size() || proofs.get(i).size() != question.size()) {
        return Optional.of("question " + i + " has " + factors.get(i).size() + " factors for " + question.size() + " ciphertexts");
      }
      int index = i;
      Optional<String> problem = IntStream.range(0, question.size())
          .parallel()
          .mapToObj(j -> problem(group, election.fingerprint(), publicKey, question.get(j).alpha(), index, j))
          .flatMap(Optional::stream)
          .findFirst();
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private Optional<String> problem(Group group, String fingerprint, BigInteger publicKey, BigInteger alpha, int i, int j) {
    BigInteger factor = factors.get(i).get(j);
    if (!group.isMember(factor)) {
      return Optional.of("decryption_factors[" + i + "][" + j + "] is not an element of the order-q subgroup (spec §4.2, type G)");
    }
    if (!DecryptionProof.verify(group, fingerprint, publicKey, alpha, factor, proofs.get(i).get(j))) {
      return Optional.of("decryption_proofs[" + i + "][" + j + "] does not verify (spec §4.18)");
    }
    return Optional.empty();
  }

  /** Reads a spec §4.18 "Partial decryptions" partial_decryption. */
  public static PartialDecryption parse(byte[] bytes) throws BeleniosFormatException {
    String path = "partial_decryption";
    JsonNode node = JsonReading.parse(bytes, path);
    JsonReading.object(node, path, Set.of("decryption_factors", "decryption_proofs"));
    return new PartialDecryption(
        JsonReading.list(
            JsonReading.field(node, "decryption_factors", path),
            path + ".decryption_factors",
            (question, questionPath) -> JsonReading.list(question, questionPath, JsonReading::number)),
        JsonReading.list(
            JsonReading.field(node, "decryption_proofs", path),
            path + ".decryption_proofs",
            JsonReading::proofs));
  }

  /** Writes the spec §4.18 partial_decryption, fields in the spec's order. */
  public byte[] toJson() {
    return JsonWriting.bytes(
        json -> {
          json.writeStartObject();
          json.writeArrayFieldStart("decryption_factors");
          for (List<BigInteger> question : factors) {
            json.writeStartArray();
            for (BigInteger factor : question) {
              json.writeString(factor.toString());
            }
            json.writeEndArray();
          }
          json.writeEndArray();
          json.writeArrayFieldStart("decryption_proofs");
          for (List<Proof> question : proofs) {
            JsonWriting.proofs(json, question);
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }
}
