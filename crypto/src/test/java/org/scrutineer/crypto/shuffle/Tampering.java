package org.scrutineer.crypto.shuffle;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.group.Group;

/**
 * One change to a valid shuffle (its output or one value of its proof), each of which a verifier
 * must reject: the tampered twins of every accepted shuffle.
 */
record Tampering(String name, List<Ciphertext> output, ShuffleProof proof) {

  /** Every single tampering of {@code shuffled} this class knows, for a group and public key. */
  static List<Tampering> all(Group group, BigInteger y, ShuffledCiphertexts shuffled) {
    List<Ciphertext> out = shuffled.ciphertexts();
    ShuffleProof p = shuffled.proof();
    List<Tampering> all = new ArrayList<>();
    if (out.size() > 1) {
      List<Ciphertext> swapped = new ArrayList<>(out);
      swapped.set(0, out.get(1));
      swapped.set(1, out.get(0));
      all.add(new Tampering("output permuted without a matching proof", swapped, p));
    }
    List<Ciphertext> reEncrypted = new ArrayList<>(out);
    reEncrypted.set(0, VerifiableShuffle.reEncrypt(group, y, out.get(0), BigInteger.TWO));
    all.add(new Tampering("output[0] re-encrypted again", reEncrypted, p));
    List<Ciphertext> altered = new ArrayList<>(out);
    altered.set(0, new Ciphertext(out.get(0).alpha(), group.mul(out.get(0).beta(), group.g())));
    all.add(new Tampering("output[0] plaintext altered", altered, p));
    UnaryOperator<BigInteger> element = x -> group.mul(x, group.g());
    UnaryOperator<BigInteger> exponent = s -> s.add(BigInteger.ONE).mod(group.q());
    all.add(proof("t1", out, with(p, 0, element, exponent)));
    all.add(proof("t41", out, with(p, 3, element, exponent)));
    all.add(proof("t42", out, with(p, 4, element, exponent)));
    all.add(proof("s1", out, with(p, 5, element, exponent)));
    all.add(proof("s2", out, with(p, 6, element, exponent)));
    all.add(proof("s3", out, with(p, 7, element, exponent)));
    all.add(proof("s4", out, with(p, 8, element, exponent)));
    all.add(proof("tHat[last]", out, new ShuffleProof(p.t1(), p.t2(), p.t3(), p.t41(), p.t42(),
        last(p.tHat(), element), p.s1(), p.s2(), p.s3(), p.s4(), p.sHat(), p.sPrime(),
        p.commitments(), p.chain())));
    all.add(proof("sHat[last]", out, new ShuffleProof(p.t1(), p.t2(), p.t3(), p.t41(), p.t42(),
        p.tHat(), p.s1(), p.s2(), p.s3(), p.s4(), last(p.sHat(), exponent), p.sPrime(),
        p.commitments(), p.chain())));
    all.add(proof("sPrime[last]", out, new ShuffleProof(p.t1(), p.t2(), p.t3(), p.t41(), p.t42(),
        p.tHat(), p.s1(), p.s2(), p.s3(), p.s4(), p.sHat(), last(p.sPrime(), exponent),
        p.commitments(), p.chain())));
    all.add(proof("c[last]", out, new ShuffleProof(p.t1(), p.t2(), p.t3(), p.t41(), p.t42(),
        p.tHat(), p.s1(), p.s2(), p.s3(), p.s4(), p.sHat(), p.sPrime(),
        last(p.commitments(), element), p.chain())));
    all.add(proof("cHat[last]", out, new ShuffleProof(p.t1(), p.t2(), p.t3(), p.t41(), p.t42(),
        p.tHat(), p.s1(), p.s2(), p.s3(), p.s4(), p.sHat(), p.sPrime(), p.commitments(),
        last(p.chain(), element))));
    return all;
  }

  private static Tampering proof(String value, List<Ciphertext> out, ShuffleProof proof) {
    return new Tampering("proof value " + value + " changed", out, proof);
  }

  /** The proof with its k-th single value (t1, t2, t3, t41, t42, s1, s2, s3, s4) changed. */
  private static ShuffleProof with(
      ShuffleProof p, int k, UnaryOperator<BigInteger> element, UnaryOperator<BigInteger> exponent) {
    BigInteger[] v = {p.t1(), p.t2(), p.t3(), p.t41(), p.t42(), p.s1(), p.s2(), p.s3(), p.s4()};
    v[k] = k < 5 ? element.apply(v[k]) : exponent.apply(v[k]);
    return new ShuffleProof(v[0], v[1], v[2], v[3], v[4], p.tHat(), v[5], v[6], v[7], v[8],
        p.sHat(), p.sPrime(), p.commitments(), p.chain());
  }

  private static List<BigInteger> last(List<BigInteger> values, UnaryOperator<BigInteger> change) {
    List<BigInteger> copy = new ArrayList<>(values);
    copy.set(copy.size() - 1, change.apply(copy.get(copy.size() - 1)));
    return copy;
  }
}
