package org.scrutineer.belenios.trustee;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.crypto.group.Group;
import org.scrutineer.crypto.threshold.HybridEncryption;
import org.scrutineer.crypto.threshold.HybridEncryption.Sealed;

/**
 * The authenticated channel of the threshold ceremony (Belenios spec 2.0 §4.6.3 "Channels", belenios-tool's
 * {@code MakeChannels}): {@code channel_msg} {recipient, message} signed by the sender's sk, then
 * encrypted ({@code encrypted_msg}) to the recipient's encryption key.
 */
final class SecureChannel {
  private SecureChannel() {}

  static String send(Group group, BigInteger sk, BigInteger recipient, String message, SecureRandom random) {
    SignedMessage signed = SignedMessage.sign(group, sk, PedersenMessages.channel(recipient, message), random);
    Sealed sealed = HybridEncryption.encrypt(group, recipient, signed.toJson(), random);
    return EncryptedMessage.toJson(sealed);
  }

  /**
   * Opens {@code text} with dk and checks that sender vk signed it and that it was addressed to
   * g^dk; {@code what} names the message in errors ("secret 2").
   */
  static String receive(Group group, BigInteger dk, BigInteger vk, String text, String what) throws CeremonyException {
    try {
      Sealed sealed = EncryptedMessage.parse(text.getBytes(StandardCharsets.UTF_8), what);
      Optional<byte[]> opened = HybridEncryption.decrypt(group, dk, sealed);
      if (opened.isEmpty()) {
        throw new CeremonyException(what + " cannot be decrypted with this key (AES-CCM tag mismatch or alpha, beta outside the group)");
      }
      SignedMessage signed = SignedMessage.parse(opened.get(), what);
      if (!signed.verifies(group, vk)) {
        throw new CeremonyException(what + ": invalid signature on received message");
      }
      PedersenMessages.Channel channel = PedersenMessages.readChannel(group, signed.message(), what + ".message");
      if (!channel.recipient().equals(group.powG(group.modQ(dk)))) {
        throw new CeremonyException(what + ": invalid recipient on received message");
      }
      return channel.message();
    } catch (BeleniosFormatException e) {
      throw new CeremonyException(what + ": " + e.getMessage());
    }
  }
}
