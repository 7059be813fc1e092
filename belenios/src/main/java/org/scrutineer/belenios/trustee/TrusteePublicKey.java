package org.scrutineer.belenios.trustee;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.proof.KeyProof;
import org.scrutineer.crypto.proof.Proof;

/**
 * A trustee's public key with its proof of knowledge — Belenios spec 2.0 §4.5 {@code
 * trustee_public_key} = {"pok":proof,"public_key":G}, and the optional {@code "name"} belenios-tool
 * 2.0 reads and writes after them (its {@code serializable.atd}; the spec does not list it): the
 * Belenios server names its trustees so, and {@code compute-checksums} repeats the names.
 */
public record TrusteePublicKey(Proof pok, BigInteger publicKey, Optional<String> name) {

  public TrusteePublicKey {
    Objects.requireNonNull(name, "name");
  }

  /** A key without a name, as {@code setup generate-trustee-key} writes it. */
  public TrusteePublicKey(Proof pok, BigInteger publicKey) {
    this(pok, publicKey, Optional.empty());
  }

  /** Spec §4.5: X = g^x and a proof of knowledge of x. */
  public static TrusteePublicKey of(Group group, BigInteger privateKey, SecureRandom random) {
    return new TrusteePublicKey(KeyProof.prove(group, privateKey, random), group.powG(privateKey));
  }

  /** The key is in the subgroup and its proof of knowledge verifies (§4.5). */
  public boolean isValid(Group group) {
    return group.isMember(publicKey) && KeyProof.verify(group, publicKey, pok);
  }

  /** Reads a spec §4.5 "Verification keys" trustee_public_key. */
  public static TrusteePublicKey read(JsonNode node, String path) throws BeleniosFormatException {
    JsonReading.object(node, path, Set.of("pok", "public_key", "name"));
    Optional<String> name = node.has("name")
        ? Optional.of(JsonReading.string(node.get("name"), path + ".name"))
        : Optional.empty();
    return new TrusteePublicKey(
        JsonReading.proof(JsonReading.field(node, "pok", path), path + ".pok"),
        JsonReading.numberField(node, "public_key", path),
        name);
  }

  /** Writes it as spec §4.5 trustee_public_key, fields in belenios-tool's order (pok, public_key, name). */
  public void write(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeFieldName("pok");
    JsonWriting.proof(json, pok);
    JsonWriting.number(json, "public_key", publicKey);
    if (name.isPresent()) {
      json.writeStringField("name", name.get());
    }
    json.writeEndObject();
  }

  /** The {@code .pubkey} file belenios-tool writes: this key as one line of JSON (§4.5). */
  public byte[] toJson() {
    return JsonWriting.bytes(this::write);
  }
}
