package org.scrutineer.belenios.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.hash.Decimal;
import org.scrutineer.crypto.proof.Proof;

/**
 * Writes Belenios JSON byte-exactly as belenios-tool 2.0 does: compact, no spaces, fields in the
 * order of the spec's structures (spec 2.0 §4.1 "Conventions" and §4.15 "Ballots": hashes are
 * computed over these exact bytes), big numbers as decimal strings (§4.2).
 */
public final class JsonWriting {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  /** What writes one JSON value into the generator. */
  @FunctionalInterface
  public interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  private JsonWriting() {}

  /** The UTF-8 bytes of the value {@code body} writes. */
  public static byte[] bytes(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      body.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  /** A number of type N, Zq or G: a decimal string (§4.2). */
  public static void number(JsonGenerator json, String field, BigInteger value) throws IOException {
    json.writeStringField(field, Decimal.of(value));
  }

  /** §4.3 proof = {"challenge":Zq,"response":Zq}. */
  public static void proof(JsonGenerator json, Proof proof) throws IOException {
    json.writeStartObject();
    number(json, "challenge", proof.challenge());
    number(json, "response", proof.response());
    json.writeEndObject();
  }

  /** A list of §4.3 proofs: an iproof = proof∗ (spec §4.12), a blank_proof, decryption_proofs (§4.18). */
  public static void proofs(JsonGenerator json, List<Proof> proofs) throws IOException {
    json.writeStartArray();
    for (Proof proof : proofs) {
      proof(json, proof);
    }
    json.writeEndArray();
  }

  /** §4.3 ciphertext = {"alpha":G,"beta":G}. */
  public static void ciphertext(JsonGenerator json, Ciphertext ciphertext) throws IOException {
    json.writeStartObject();
    number(json, "alpha", ciphertext.alpha());
    number(json, "beta", ciphertext.beta());
    json.writeEndObject();
  }

  /**
   * A weight: a JSON number up to 2^30 − 1, a decimal string above (belenios-tool 2.0's {@code
   * json_of_weight}, which keeps weights inside OCaml's 31-bit integers on every platform). Spec
   * §4.2 "Basic types" would make them all type I, JSON numbers (total_weight §4.16, result §4.19).
   */
  public static void weight(JsonGenerator json, BigInteger weight) throws IOException {
    if (weight.compareTo(MAX_INT31) <= 0) {
      json.writeNumber(weight.longValueExact());
    } else {
      json.writeString(weight.toString());
    }
  }

  private static final BigInteger MAX_INT31 = BigInteger.valueOf(1073741823L);
}
