package org.scrutineer.belenios.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrutineer.belenios.election.Election;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.belenios.tally.ElectionResult.Counts;
import org.scrutineer.belenios.tally.ElectionResult.DecryptedBallots;

/**
 * belenios-tool 2.0's results of elections with non-homomorphic questions, computed after two
 * shuffles (golden/nh/*, made by belenios/src/test/golden-tools/make-nh-golden.sh), read strictly
 * against their election and written back byte for byte.
 */
class ElectionResultTest {

  private static Path folder(String name) throws URISyntaxException {
    return Path.of(ElectionResultTest.class.getResource("/golden/nh/" + name).toURI());
  }

  private static Election election(Path folder) throws Exception {
    return Election.parse(Files.readString(folder.resolve("election.json")).strip().getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] result(Path folder) throws Exception {
    return Files.readString(folder.resolve("result.json")).strip().getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"nh-demo", "stv", "mj"})
  void beleniosToolResultsAreReadAgainstTheElectionAndRewrittenByteForByte(String name) throws Exception {
    Path folder = folder(name);
    Election election = election(folder);
    byte[] bytes = result(folder);
    ElectionResult strict = ElectionResult.parse(bytes, election);
    assertThat(strict.toJson()).isEqualTo(bytes);
    assertThat(ElectionResult.parse(bytes)).isEqualTo(strict);

    // The decrypted ballots are the votes cast, in shuffled order.
    int nh = strict.questions().size() - 1;
    List<List<Integer>> cast = new ArrayList<>();
    for (String vote : Files.readAllLines(folder.resolve("votes.txt"))) {
      cast.add(lastVector(vote));
    }
    assertThat(strict.questions().get(nh)).isInstanceOf(DecryptedBallots.class);
    assertThat(((DecryptedBallots) strict.questions().get(nh)).ballots()).containsExactlyInAnyOrderElementsOf(cast);
  }

  @Test
  void mixedResultHasCountsThenBallots() throws Exception {
    ElectionResult result = ElectionResult.parse(result(folder("nh-demo")), election(folder("nh-demo")));
    assertThat(result.questions().get(0)).isEqualTo(new Counts(List.of(BigInteger.valueOf(3), BigInteger.ONE)));
    assertThat(result.questions().get(1)).isEqualTo(new Counts(List.of(BigInteger.TWO, BigInteger.TWO, BigInteger.ONE)));
    assertThatThrownBy(result::counts).isInstanceOf(IllegalStateException.class).hasMessageContaining("result[2] holds decrypted ballots");
  }

  @Test
  void tamperedResultsAreRefusedNamingWhere() throws Exception {
    Election mj = election(folder("mj"));
    assertThatThrownBy(() -> ElectionResult.parse(bytes("{\"result\":[[[5,4,3,2],[256,0,7,1]]]}"), mj))
        .isInstanceOf(BeleniosFormatException.class)
        .hasMessageContaining("result.result[0][1][0]")
        .hasMessageContaining("256 is outside [0, 255]");
    assertThatThrownBy(() -> ElectionResult.parse(bytes("{\"result\":[[[5,4,3]]]}"), mj))
        .hasMessageContaining("3 values for the question's 4 answers");
    assertThatThrownBy(() -> ElectionResult.parse(bytes("{\"result\":[[1,2,3,4]]}"), mj)).isInstanceOf(BeleniosFormatException.class);
    assertThatThrownBy(() -> ElectionResult.parse(bytes("{\"result\":[[[1,1,1,1]],[]]}"), mj)).hasMessageContaining("2 entries for the election's 1 questions");
    Election demo = election(folder("nh-demo"));
    assertThatThrownBy(() -> ElectionResult.parse(bytes("{\"result\":[[3,1,0],[2,2,1],[]]}"), demo))
        .hasMessageContaining("3 counts for the question's 2 choices");
    assertThatThrownBy(() -> ElectionResult.parse(bytes("{\"result\":[[[1,2,-1]]]}"))).hasMessageContaining("-1 is outside");
  }

  @Test
  void noBallotsReadsAsNoDecryptedBallots() throws Exception {
    ElectionResult empty = ElectionResult.parse(bytes("{\"result\":[[]]}"), election(folder("stv")));
    assertThat(empty.questions()).containsExactly(new DecryptedBallots(List.of()));
    assertThat(new String(empty.toJson(), StandardCharsets.UTF_8)).isEqualTo("{\"result\":[[]]}");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The last question's vector of a votes.txt line, e.g. [2,1,3] of [[1,0],[0,1,0],[2,1,3]]. */
  private static List<Integer> lastVector(String vote) throws Exception {
    com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(vote);
    List<Integer> values = new ArrayList<>();
    node.get(node.size() - 1).forEach(v -> values.add(v.intValue()));
    return Stream.of(values).findFirst().orElseThrow();
  }
}
