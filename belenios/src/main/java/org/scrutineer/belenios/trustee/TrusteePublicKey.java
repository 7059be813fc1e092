package org.scrutineer.belenios.trustee;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Set;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.json.JsonReading;
import org.scrutineer.belenios.json.JsonWriting;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.proof.KeyProof;
import org.scrutineer.crypto.proof.Proof;

/**
 * A trustee's public key with its proof of knowledge — Belenios spec 2.0 §4.5 {@code
 * trustee_public_key} = {"pok":proof,"public_key":G}.
 */
public record TrusteePublicKey(Proof pok, BigInteger publicKey) {

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
    JsonReading.object(node, path, Set.of("pok", "public_key"));
    return new TrusteePublicKey(
        JsonReading.proof(JsonReading.field(node, "pok", path), path + ".pok"),
        JsonReading.numberField(node, "public_key", path));
  }

  /** Writes it as spec §4.5 trustee_public_key, fields in the spec's order (pok, public_key). */
  public void write(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeFieldName("pok");
    JsonWriting.proof(json, pok);
    JsonWriting.number(json, "public_key", publicKey);
    json.writeEndObject();
  }

  /** The {@code .pubkey} file belenios-tool writes: this key as one line of JSON (§4.5). */
  public byte[] toJson() {
    return JsonWriting.bytes(this::write);
  }
}
