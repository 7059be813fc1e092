package org.scrutineer.belenios.trustee;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.threshold.Commitments;

/**
 * Belenios spec 2.0 §4.6.7 "Threshold parameters" {@code threshold_parameters} = {"threshold":I,"certs":[signed_msg…],
 * "coefexps":[signed_msg…],"verification_keys":[trustee_public_key…]}: the public outcome of a
 * Pedersen key generation among n trustees, any {@code threshold} of whom can decrypt. Member j
 * (1-based, in certificate order) holds the key whose public part is verification_keys[j−1].
 */
public record ThresholdParameters(
    int threshold, List<SignedMessage> certs, List<SignedMessage> coefexps, List<TrusteePublicKey> verificationKeys) {

  public ThresholdParameters {
    certs = List.copyOf(certs);
    coefexps = List.copyOf(coefexps);
    verificationKeys = List.copyOf(verificationKeys);
  }

  public int size() {
    return certs.size();
  }

  /**
   * The commitments g^a_{i,k} of each member i, read from the signed {@code raw_coefexps} messages
   * and checked to be in the group.
   */
  public List<List<BigInteger>> commitments(Group group) throws BeleniosFormatException {
    List<List<BigInteger>> all = new ArrayList<>();
    for (int i = 0; i < coefexps.size(); i++) {
      all.add(PedersenMessages.readCoefexps(group, coefexps.get(i).message(), "coefexps[" + i + "].message"));
    }
    return List.copyOf(all);
  }

  /**
   * This group's share of the election key: Π_i g^a_{i,0} (spec §3.1.1 and §4.6.4, belenios' combine_keys).
   * Membership of the commitments is {@link #problem}'s to check; {@link #read} has checked that
   * they can be read, so only parameters built by hand from unreadable messages fail here.
   */
  public BigInteger combinedKey(Group group) {
    BigInteger y = BigInteger.ONE;
    for (int i = 0; i < coefexps.size(); i++) {
      try {
        y = group.mul(y, PedersenMessages.readNumbers(coefexps.get(i).message(), "coefexps", "coefexps[" + i + "].message").get(0));
      } catch (BeleniosFormatException | IndexOutOfBoundsException e) {
        throw new IllegalStateException("threshold parameters with unreadable coefexps " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return y;
  }

  /**
   * Every check of belenios-tool's {@code check_pedersen}, the first failure named: certificates
   * signed by their own keys, commitments signed by their member's certificate key, verification
   * keys with valid proofs of knowledge and equal to Π_i Π_k (g^a_{i,k})^(j^k), and the threshold
   * equal to the number of commitments per member.
   */
  public Optional<String> problem(Group group) {
    try {
      if (certs.isEmpty() || certs.size() != coefexps.size() || certs.size() != verificationKeys.size()) {
        return Optional.of(certs.size() + " certificates, " + coefexps.size() + " coefexps and "
            + verificationKeys.size() + " verification keys: expected the same number, at least 1");
      }
      for (int i = 0; i < certs.size(); i++) {
        CertificateKeys keys = CertificateKeys.verified(group, certs.get(i), "certs[" + i + "]");
        if (!coefexps.get(i).verifies(group, keys.verification())) {
          return Optional.of("coefexps " + (i + 1) + " does not validate: its signature is not by certificate " + (i + 1));
        }
      }
      List<List<BigInteger>> commitments = commitments(group);
      for (int i = 0; i < commitments.size(); i++) {
        if (commitments.get(i).size() != threshold) {
          return Optional.of("coefexps " + (i + 1) + " has " + commitments.get(i).size()
              + " commitments, but the threshold is " + threshold);
        }
      }
      for (int j = 1; j <= verificationKeys.size(); j++) {
        TrusteePublicKey key = verificationKeys.get(j - 1);
        if (!key.isValid(group)) {
          return Optional.of("pok " + j + " does not validate (verification key not in the group or its proof of knowledge fails, spec §4.5)");
        }
        if (!key.publicKey().equals(Commitments.verificationKey(group, commitments, j))) {
          return Optional.of("verification key " + j + " is incorrect: it is not Π_i Π_k (g^a_i,k)^(j^k) of the commitments");
        }
      }
      return Optional.empty();
    } catch (BeleniosFormatException e) {
      return Optional.of(e.getMessage());
    }
  }

  /**
   * Reads {@code threshold_parameters} strictly, including the messages inside the certificates
   * ({@code cert_keys}) and commitments ({@code raw_coefexps}, at least one number each); group
   * membership and signatures are {@link #problem}'s.
   */
  public static ThresholdParameters read(JsonNode node, String path) throws BeleniosFormatException {
    JsonReading.object(node, path, Set.of("threshold", "certs", "coefexps", "verification_keys"));
    ThresholdParameters parameters = new ThresholdParameters(
        JsonReading.smallIntField(node, "threshold", path),
        JsonReading.list(JsonReading.field(node, "certs", path), path + ".certs", SignedMessage::read),
        JsonReading.list(JsonReading.field(node, "coefexps", path), path + ".coefexps", SignedMessage::read),
        JsonReading.list(
            JsonReading.field(node, "verification_keys", path), path + ".verification_keys", TrusteePublicKey::read));
    for (int i = 0; i < parameters.certs.size(); i++) {
      String at = path + ".certs[" + i + "].message";
      JsonNode keys = JsonReading.parse(parameters.certs.get(i).message().getBytes(java.nio.charset.StandardCharsets.UTF_8), at);
      JsonReading.object(keys, at, Set.of("verification", "encryption"));
      JsonReading.numberField(keys, "verification", at);
      JsonReading.numberField(keys, "encryption", at);
    }
    for (int i = 0; i < parameters.coefexps.size(); i++) {
      String at = path + ".coefexps[" + i + "].message";
      if (PedersenMessages.readNumbers(parameters.coefexps.get(i).message(), "coefexps", at).isEmpty()) {
        throw new BeleniosFormatException(at + ".coefexps", "no commitments (the threshold is at least 1)");
      }
    }
    return parameters;
  }

  public static ThresholdParameters parse(byte[] bytes, String name) throws BeleniosFormatException {
    return read(JsonReading.parse(bytes, name), name);
  }

  /** Fields in the tool's order: threshold, certs, coefexps, verification_keys. */
  public void write(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeNumberField("threshold", threshold);
    json.writeArrayFieldStart("certs");
    for (SignedMessage cert : certs) {
      cert.write(json);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("coefexps");
    for (SignedMessage c : coefexps) {
      c.write(json);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("verification_keys");
    for (TrusteePublicKey key : verificationKeys) {
      key.write(json);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  public byte[] toJson() {
    return JsonWriting.bytes(this::write);
  }
}
