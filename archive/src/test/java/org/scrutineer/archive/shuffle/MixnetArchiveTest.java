package org.scrutineer.archive.shuffle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.shuffle.Shuffle;
import org.scrutineer.crypto.elgamal.Ciphertext;
import org.scrutineer.crypto.shuffle.ShuffleCheck;
import org.scrutineer.crypto.shuffle.VerifiableShuffle;

/**
 * The golden archive {@code golden/mixnet-shuffles} (belenios-tool 2.0, demo-nh.sh's flow, two
 * chained shuffles): each Shuffle event, read with our archive reader, passes our §6 Table 5 check
 * against the previous one's output (the first against the tally); fed a neighbour's input, fails.
 */
class MixnetArchiveTest {

  @Test
  void everyShuffleOfTheToolsArchiveVerifiesInChain() throws Exception {
    Path dir = Path.of(MixnetArchiveTest.class.getResource("/golden/mixnet-shuffles").toURI());
    ToolNhElection.Contents read = ToolNhElection.at(dir).read();
    Election election = read.election();
    assertThat(read.shuffles()).hasSize(2);
    List<List<Ciphertext>> input = read.tally();
    List<String> results = new ArrayList<>();
    List<String> wrongInput = new ArrayList<>();
    for (Shuffle shuffle : read.shuffles()) {
      for (int q = 0; q < input.size(); q++) {
        results.add(verify(election, input.get(q), shuffle, q).toString());
        // The output checked against itself as input: a proof for another shuffle.
        wrongInput.add(verify(election, shuffle.ciphertexts().get(q), shuffle, q).toString());
      }
      input = shuffle.ciphertexts();
    }
    assertThat(results).containsOnly(new ShuffleCheck.Valid().toString());
    assertThat(wrongInput).allMatch(r -> r.startsWith("t1: "));
  }

  private static ShuffleCheck verify(Election election, List<Ciphertext> in, Shuffle shuffle, int q) {
    return VerifiableShuffle.verify(election.group(), election.fingerprint(), election.publicKey(),
        in, shuffle.ciphertexts().get(q), shuffle.proofs().get(q));
  }
}
