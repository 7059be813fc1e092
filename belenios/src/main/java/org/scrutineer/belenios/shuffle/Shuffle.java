package org.scrutineer.belenios.shuffle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.hash.Decimal;
import org.scrutineer.crypto.shuffle.ShuffleProof;
import org.scrutineer.crypto.shuffle.ShuffledCiphertexts;

/**
 * The {@code shuffle} of Belenios spec 2.0 §4.17 "Shuffles", the data a Shuffle event's {@code
 * owned_shuffle} points at: {@code {"ciphertexts":ciphertext∗∗,"proofs":shuffle_proof∗}}, one entry
 * per non-homomorphic question, in the order of the questions.
 *
 * <p>A {@code shuffle_proof} is the JSON tuple (array) {@code [[t1,t2,t3,[t41,t42],[t̂…]],
 * [s1,s2,s3,s4,[ŝ…],[s′…]], [c…], [ĉ…]]}, every number a decimal string (belenios-tool 2.0's
 * {@code serializable.atd}). Read strictly (every tuple of its exact length, no other field) and
 * written byte for byte as belenios-tool writes it (compact, no trailing newline).
 */
public record Shuffle(List<List<Ciphertext>> ciphertexts, List<ShuffleProof> proofs) {

  public Shuffle {
    ciphertexts = ciphertexts.stream().map(List::copyOf).toList();
    proofs = List.copyOf(proofs);
    if (ciphertexts.size() != proofs.size()) {
      throw new IllegalArgumentException(
          ciphertexts.size() + " lists of ciphertexts for " + proofs.size() + " proofs");
    }
  }

  /** The shuffle of several questions, each shuffled and proved separately (§4.17 steps 1–4). */
  public static Shuffle of(List<ShuffledCiphertexts> questions) {
    return new Shuffle(
        questions.stream().map(ShuffledCiphertexts::ciphertexts).toList(),
        questions.stream().map(ShuffledCiphertexts::proof).toList());
  }

  /** Reads a §4.17 shuffle. */
  public static Shuffle parse(byte[] bytes) throws BeleniosFormatException {
    String path = "shuffle";
    JsonNode node = JsonReading.parse(bytes, path);
    JsonReading.object(node, path, Set.of("ciphertexts", "proofs"));
    List<List<Ciphertext>> ciphertexts =
        JsonReading.list(
            JsonReading.field(node, "ciphertexts", path),
            path + ".ciphertexts",
            (question, questionPath) ->
                JsonReading.list(question, questionPath, JsonReading::ciphertext));
    List<ShuffleProof> proofs =
        JsonReading.list(JsonReading.field(node, "proofs", path), path + ".proofs", Shuffle::proof);
    if (ciphertexts.size() != proofs.size()) {
      throw new BeleniosFormatException(
          path,
          ciphertexts.size()
              + " lists of ciphertexts but "
              + proofs.size()
              + " proofs; there must be one of each per non-homomorphic question");
    }
    return new Shuffle(ciphertexts, proofs);
  }

  /** Writes the §4.17 shuffle as belenios-tool does. */
  public byte[] toJson() {
    return JsonWriting.bytes(
        json -> {
          json.writeStartObject();
          json.writeFieldName("ciphertexts");
          json.writeStartArray();
          for (List<Ciphertext> question : ciphertexts) {
            json.writeStartArray();
            for (Ciphertext ciphertext : question) {
              JsonWriting.ciphertext(json, ciphertext);
            }
            json.writeEndArray();
          }
          json.writeEndArray();
          json.writeFieldName("proofs");
          json.writeStartArray();
          for (ShuffleProof proof : proofs) {
            writeProof(json, proof);
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  private static ShuffleProof proof(JsonNode node, String path) throws BeleniosFormatException {
    tuple(node, path, 4);
    String tPath = path + "[0]";
    JsonNode t = tuple(node.get(0), tPath, 5);
    JsonNode t4 = tuple(t.get(3), tPath + "[3]", 2);
    String sPath = path + "[1]";
    JsonNode s = tuple(node.get(1), sPath, 6);
    return new ShuffleProof(
        JsonReading.number(t.get(0), tPath + "[0]"),
        JsonReading.number(t.get(1), tPath + "[1]"),
        JsonReading.number(t.get(2), tPath + "[2]"),
        JsonReading.number(t4.get(0), tPath + "[3][0]"),
        JsonReading.number(t4.get(1), tPath + "[3][1]"),
        numbers(t.get(4), tPath + "[4]"),
        JsonReading.number(s.get(0), sPath + "[0]"),
        JsonReading.number(s.get(1), sPath + "[1]"),
        JsonReading.number(s.get(2), sPath + "[2]"),
        JsonReading.number(s.get(3), sPath + "[3]"),
        numbers(s.get(4), sPath + "[4]"),
        numbers(s.get(5), sPath + "[5]"),
        numbers(node.get(2), path + "[2]"),
        numbers(node.get(3), path + "[3]"));
  }

  private static JsonNode tuple(JsonNode node, String path, int size)
      throws BeleniosFormatException {
    JsonReading.array(node, path);
    if (node.size() != size) {
      throw new BeleniosFormatException(
          path, "expected a tuple of " + size + " values, found " + node.size());
    }
    return node;
  }

  private static List<BigInteger> numbers(JsonNode node, String path)
      throws BeleniosFormatException {
    return JsonReading.list(node, path, JsonReading::number);
  }

  private static void writeProof(JsonGenerator json, ShuffleProof proof) throws IOException {
    json.writeStartArray();
    json.writeStartArray();
    write(json, proof.t1());
    write(json, proof.t2());
    write(json, proof.t3());
    json.writeStartArray();
    write(json, proof.t41());
    write(json, proof.t42());
    json.writeEndArray();
    write(json, proof.tHat());
    json.writeEndArray();
    json.writeStartArray();
    write(json, proof.s1());
    write(json, proof.s2());
    write(json, proof.s3());
    write(json, proof.s4());
    write(json, proof.sHat());
    write(json, proof.sPrime());
    json.writeEndArray();
    write(json, proof.commitments());
    write(json, proof.chain());
    json.writeEndArray();
  }

  private static void write(JsonGenerator json, BigInteger value) throws IOException {
    json.writeString(Decimal.of(value));
  }

  private static void write(JsonGenerator json, List<BigInteger> values) throws IOException {
    json.writeStartArray();
    for (BigInteger value : values) {
      write(json, value);
    }
    json.writeEndArray();
  }
}
