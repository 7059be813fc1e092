package org.scrutineer.belenios.ballot;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.crypto.elgamal.Ciphertext;

/**
 * An encrypted answer of a ballot — Belenios spec 2.0 §4.11 "Encrypted answers": an {@code answer_h}
 * (§4.11.1) for a homomorphic question, or the single ciphertext and proof of §4.11.2 for a
 * non-homomorphic one.
 */
public sealed interface Answer permits HomomorphicAnswer, NonHomomorphicAnswer {

  /**
   * The ciphertexts this answer puts into the encrypted tally (§4.16): one per choice of a
   * homomorphic answer, the one ciphertext of a non-homomorphic answer.
   */
  List<Ciphertext> choices();

  /** Writes the answer as spec §4.11 gives it. */
  void write(JsonGenerator json) throws IOException;

  /**
   * Reads an answer by its shape, as belenios-tool can only once it knows the question: a
   * {@code proof} field makes it non-homomorphic (§4.11.2), otherwise it is an answer_h (§4.11.1).
   * {@link BallotChecker} then requires the kind its question calls for.
   */
  static Answer read(JsonNode node, String path) throws BeleniosFormatException {
    if (node.isObject() && node.has("proof")) {
      return NonHomomorphicAnswer.read(node, path);
    }
    return HomomorphicAnswer.read(node, path);
  }
}
