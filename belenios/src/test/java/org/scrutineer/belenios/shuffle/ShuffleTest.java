package org.scrutineer.belenios.shuffle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.belenios.json.BeleniosFormatException;

/** The §4.17 shuffle JSON: read strictly, each problem named by its path; written as the tool does. */
class ShuffleTest {
  private static final String PROOF =
      "[[\"1\",\"2\",\"3\",[\"4\",\"5\"],[\"6\"]],[\"7\",\"8\",\"9\",\"10\",[\"11\"],[\"12\"]],[\"13\"],[\"14\"]]";
  private static final String SHUFFLE =
      "{\"ciphertexts\":[[{\"alpha\":\"15\",\"beta\":\"16\"}]],\"proofs\":[" + PROOF + "]}";

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsEveryValueInPlaceAndWritesTheSameBytes() throws Exception {
    Shuffle shuffle = Shuffle.parse(bytes(SHUFFLE));
    var p = shuffle.proofs().get(0);
    assertThat(List.of(p.t1(), p.t2(), p.t3(), p.t41(), p.t42(), p.tHat().get(0)).toString()).isEqualTo("[1, 2, 3, 4, 5, 6]");
    assertThat(List.of(p.s1(), p.s2(), p.s3(), p.s4(), p.sHat().get(0), p.sPrime().get(0)).toString())
        .isEqualTo("[7, 8, 9, 10, 11, 12]");
    assertThat(List.of(p.commitments().get(0), p.chain().get(0)).toString()).isEqualTo("[13, 14]");
    assertThat(shuffle.toJson()).isEqualTo(bytes(SHUFFLE));
  }

  @Test
  void malformedShufflesAreNamedByPath() {
    expect("{\"ciphertexts\":[],\"proofs\":[],\"x\":1}", "shuffle", "x");
    expect(SHUFFLE.replace("[\"4\",\"5\"]", "[\"4\"]"), "shuffle.proofs[0][0][3]", "tuple of 2");
    expect(SHUFFLE.replace(",[\"13\"],[\"14\"]", ",[\"13\"]"), "shuffle.proofs[0]", "tuple of 4");
    expect(SHUFFLE.replace("\"10\"", "10"), "shuffle.proofs[0][1][3]", "string");
    expect(SHUFFLE.replace("[\"11\"]", "\"11\""), "shuffle.proofs[0][1][4]", "array");
    expect("{\"ciphertexts\":[[]],\"proofs\":[]}", "shuffle", "one of each per non-homomorphic question");
  }

  private static void expect(String json, String path, String problem) {
    assertThatThrownBy(() -> Shuffle.parse(bytes(json)))
        .isInstanceOf(BeleniosFormatException.class)
        .hasMessageContaining(path)
        .hasMessageContaining(problem);
  }
}
