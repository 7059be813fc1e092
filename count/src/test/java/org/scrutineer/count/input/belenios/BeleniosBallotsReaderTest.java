package org.scrutineer.count.input.belenios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.count.ballot.BeleniosBallots;

class BeleniosBallotsReaderTest {

  private static BeleniosInput<BeleniosBallots> read(String json) {
    return BeleniosBallotsReader.read(new StringReader(json), "stdin");
  }

  @Test
  void readsBallotsOfAnyLengthInInputOrder() {
    BeleniosBallots ballots = read("[[1,2,3],[0],[],[-1,4611686018427387903]]").orThrow();
    assertThat(ballots.size()).isEqualTo(4);
    assertThat(ballots.ballot(0)).containsExactly(1, 2, 3);
    assertThat(ballots.ballot(2)).isEmpty();
    assertThat(ballots.ballot(3)).containsExactly(-1, BeleniosBallots.OCAML_MAX_INT);
  }

  @Test
  void acceptsWhatBeleniosToolAccepts_commentsWhitespaceAndTrailingText() {
    // observed: belenios-tool reads [[1,2]] from each of these
    for (String json : List.of(" [ [1 , 2] ]  ", "/* c */ [[1,2]]", "[[1,2]] x", "[[1,2]] [[1]]", "[[1,\n2]]")) {
      assertThat(read(json).orThrow().ballot(0)).as(json).containsExactly(1, 2);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[[1.0,2]]          | ballot 1, entry 1 is the number 1.0, not an integer",
        "[[1,\"2\"]]        | ballot 1, entry 2 is the string \"2\", not an integer",
        "[[1],{}]           | ballot 2 is an object, not an array of integers",
        "[[1],[4611686018427387904]] | ballot 2, entry 1: 4611686018427387904 is outside belenios-tool's integers",
        "{\"a\":1}          | where the array of ballots starts",
        "[[1,2]             | the input ends before the array of ballots is closed",
        "[[01]]             | not JSON",
        "''                 | the input is empty",
      })
  void refusesWhatBeleniosToolRefusesNamingTheBallotAndTheFix(String json, String expected) {
    BeleniosInput<BeleniosBallots> read = read(json);
    assertThat(read).isInstanceOf(BeleniosInput.Problems.class);
    String problem = ((BeleniosInput.Problems<BeleniosBallots>) read).problems().get(0);
    assertThat(problem).startsWith("stdin").contains(expected);
  }
}
