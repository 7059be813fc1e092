package org.scrutineer.crypto.threshold;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES in CCM mode (NIST SP 800-38C) with a 64-bit tag and no associated data, as Belenios' {@code
 * Platform.encrypt} (a translation of SJCL's {@code sjcl.mode.ccm}) seals the data of an {@code
 * encrypted_msg} — Belenios spec 2.0 §4.6.1 "Public key infrastructure" (encrypting). The
 * nonce is the first 15 − L bytes of the 32-byte IV, L the smallest of 2…4 bytes that holds the
 * plaintext length, as SJCL chooses it. The JDK has no CCM, so the counter mode and CBC-MAC are
 * written here over AES/ECB on single blocks.
 */
final class AesCcm {
  static final int TAG_BYTES = 8;

  private AesCcm() {}

  /** E_key(plaintext) ‖ tag. */
  static byte[] encrypt(byte[] key, byte[] iv, byte[] plaintext) {
    Cipher aes = aes(key);
    int l = lengthBytes(plaintext.length, iv.length);
    byte[] nonce = Arrays.copyOf(iv, 15 - l);
    byte[] tag = tag(aes, nonce, l, plaintext);
    byte[] out = Arrays.copyOf(ctr(aes, nonce, l, plaintext), plaintext.length + TAG_BYTES);
    byte[] encryptedTag = xor(block(aes, counterBlock(nonce, l, 0)), tag, TAG_BYTES);
    System.arraycopy(encryptedTag, 0, out, plaintext.length, TAG_BYTES);
    return out;
  }

  /** The plaintext, or empty when the data is too short or its tag does not match. */
  static Optional<byte[]> decrypt(byte[] key, byte[] iv, byte[] sealed) {
    if (sealed.length < TAG_BYTES) {
      return Optional.empty();
    }
    Cipher aes = aes(key);
    int length = sealed.length - TAG_BYTES;
    int l = lengthBytes(length, iv.length);
    byte[] nonce = Arrays.copyOf(iv, 15 - l);
    byte[] plaintext = ctr(aes, nonce, l, Arrays.copyOf(sealed, length));
    byte[] tag = xor(block(aes, counterBlock(nonce, l, 0)), Arrays.copyOfRange(sealed, length, sealed.length), TAG_BYTES);
    return MessageDigest.isEqual(tag, tag(aes, nonce, l, plaintext)) ? Optional.of(plaintext) : Optional.empty();
  }

  /** SJCL's L: 2 bytes, more while the length does not fit (at most 4), at least 15 − |iv|. */
  private static int lengthBytes(int length, int ivLength) {
    if (ivLength < 7) {
      throw new IllegalArgumentException("ccm: iv must be at least 7 bytes");
    }
    int l = 2;
    while (l < 4 && (length >>> (8 * l)) != 0) {
      l++;
    }
    return Math.max(l, 15 - ivLength);
  }

  /** CBC-MAC over B0 = flags ‖ nonce ‖ length and the zero-padded plaintext (SP 800-38C A.2). */
  private static byte[] tag(Cipher aes, byte[] nonce, int l, byte[] plaintext) {
    byte[] b0 = new byte[16];
    b0[0] = (byte) ((((TAG_BYTES - 2) / 2) << 3) | (l - 1));
    System.arraycopy(nonce, 0, b0, 1, nonce.length);
    for (int i = 0; i < l; i++) {
      b0[15 - i] = (byte) (plaintext.length >>> (8 * i));
    }
    byte[] mac = block(aes, b0);
    for (int i = 0; i < plaintext.length; i += 16) {
      byte[] chunk = Arrays.copyOfRange(plaintext, i, i + 16); // zero-padded past the end
      mac = block(aes, xor(mac, chunk, 16));
    }
    return Arrays.copyOf(mac, TAG_BYTES);
  }

  /** Counter mode from counter 1 (counter 0 encrypts the tag). */
  private static byte[] ctr(Cipher aes, byte[] nonce, int l, byte[] data) {
    byte[] out = new byte[data.length];
    for (int i = 0, counter = 1; i < data.length; i += 16, counter++) {
      byte[] stream = block(aes, counterBlock(nonce, l, counter));
      for (int k = 0; k < 16 && i + k < data.length; k++) {
        out[i + k] = (byte) (data[i + k] ^ stream[k]);
      }
    }
    return out;
  }

  private static byte[] counterBlock(byte[] nonce, int l, int counter) {
    byte[] a = new byte[16];
    a[0] = (byte) (l - 1);
    System.arraycopy(nonce, 0, a, 1, nonce.length);
    for (int i = 0; i < l && i < 4; i++) {
      a[15 - i] = (byte) (counter >>> (8 * i));
    }
    return a;
  }

  private static byte[] xor(byte[] a, byte[] b, int length) {
    byte[] r = new byte[length];
    for (int i = 0; i < length; i++) {
      r[i] = (byte) (a[i] ^ b[i]);
    }
    return r;
  }

  private static Cipher aes(byte[] key) {
    try {
      Cipher aes = Cipher.getInstance("AES/ECB/NoPadding");
      aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
      return aes;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES is part of every JDK", e);
    }
  }

  private static byte[] block(Cipher aes, byte[] input) {
    try {
      return aes.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES on one block cannot fail", e);
    }
  }
}
