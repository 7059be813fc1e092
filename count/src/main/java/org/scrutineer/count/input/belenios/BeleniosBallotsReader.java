package org.scrutineer.count.input.belenios;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.count.ballot.BeleniosBallots;

/**
 * Reads the JSON array of ballots belenios-tool's {@code method} commands read on standard input.
 *
 * <p>As lenient as belenios-tool 2.0 (atdgen over Yojson), observed: whitespace and {@code /* … *}{@code /}
 * or {@code //} comments anywhere; anything after the closing bracket is ignored ({@code [[1,2]] x}
 * is read as one ballot); integers only, in OCaml's 63-bit range, without leading zeros
 * ({@code 01}, {@code 1.0} and {@code 2e0} are refused); ballots may differ in length (each method
 * decides whether that is an error).
 */
public final class BeleniosBallotsReader {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

  private static final String FIX =
      "expected a JSON array of ballots, each an array of integers, e.g. [[1,2,3],[2,1,0]]"
          + " (the .result[i] of a non-homomorphic question)";

  private BeleniosBallotsReader() {}

  /** Reads the ballots from {@code input} (not closed); {@code source} names it in problems. */
  public static BeleniosInput<BeleniosBallots> read(Reader input, String source) {
    try (JsonParser parser = FACTORY.createParser(input)) {
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      JsonToken start = parser.nextToken();
      if (start == null) {
        return problem(source + ": no ballots: the input is empty; " + FIX);
      }
      if (start != JsonToken.START_ARRAY) {
        return problem(where(source, parser) + ": found " + describe(parser) + " where the array of ballots starts; " + FIX);
      }
      List<long[]> ballots = new ArrayList<>();
      long[] buffer = new long[16];
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
        int position = ballots.size() + 1;
        if (token == null) {
          return problem(source + ": the array of ballots ends without its closing ']' after ballot " + ballots.size() + "; " + FIX);
        }
        if (token != JsonToken.START_ARRAY) {
          return problem(where(source, parser) + ": ballot " + position + " is " + describe(parser) + ", not an array of integers; " + FIX);
        }
        // A reused buffer rather than a List<Long>: a million ballots would box five million numbers.
        int size = 0;
        for (JsonToken value = parser.nextToken(); value != JsonToken.END_ARRAY; value = parser.nextToken()) {
          if (value == null) {
            return problem(source + ": ballot " + position + " ends without its closing ']'; " + FIX);
          }
          if (value != JsonToken.VALUE_NUMBER_INT) {
            return problem(where(source, parser) + ": ballot " + position + ", entry " + (size + 1) + " is "
                + describe(parser) + ", not an integer; write a rank or grade as a whole number, 0 for none");
          }
          // Only a number beyond a long needs a BigInteger (one per value would dominate the read).
          boolean fits = parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
          long number = fits ? parser.getLongValue() : 0;
          if (!fits || number > BeleniosBallots.OCAML_MAX_INT || number < BeleniosBallots.OCAML_MIN_INT) {
            BigInteger big = parser.getBigIntegerValue();
            return problem(where(source, parser) + ": ballot " + position + ", entry " + (size + 1) + ": "
                + big + " is outside belenios-tool's integers (-2^62 .. 2^62-1)");
          }
          if (size == buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, size * 2);
          }
          buffer[size++] = number;
        }
        ballots.add(java.util.Arrays.copyOf(buffer, size));
      }
      return new BeleniosInput.Ok<>(new BeleniosBallots(ballots));
    } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
      return problem(source + ": the input ends before the array of ballots is closed (a ']' is missing); " + FIX);
    } catch (JsonParseException e) {
      return problem(where(source, e.getLocation()) + ": not JSON: " + e.getOriginalMessage() + "; " + FIX);
    } catch (IOException e) {
      return problem(source + ": could not be read: " + e.getMessage());
    }
  }

  private static BeleniosInput<BeleniosBallots> problem(String message) {
    return new BeleniosInput.Problems<>(List.of(message));
  }

  private static String where(String source, JsonParser parser) {
    return where(source, parser.currentTokenLocation());
  }

  private static String where(String source, JsonLocation location) {
    return location == null ? source : source + ":" + location.getLineNr() + ":" + location.getColumnNr();
  }

  private static String describe(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string \"" + parser.getText() + "\"";
      case VALUE_NUMBER_FLOAT -> "the number " + parser.getText();
      case VALUE_TRUE, VALUE_FALSE -> parser.getText();
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }
}
