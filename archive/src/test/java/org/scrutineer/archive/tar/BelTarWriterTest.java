package org.scrutineer.archive.tar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BelTarWriterTest {
  /** The BELENIOS header block of an archive made by belenios-tool 2.0 on 2026-11-23 (xxd). */
  private static byte[] toolHeaderBlock() {
    byte[] block = new byte[512];
    put(block, 0, "BELENIOS");
    put(block, 100, "0000644\0" + "0000000\0" + "0000000\0" + "00000000046\0" + "15301044731\0" + "005706\0 " + "0");
    return block;
  }

  @Test
  void headerIsByteForByteWhatBeleniosToolWrote() {
    assertThat(BelTarWriter.header("BELENIOS", 38, 1795443161L)).isEqualTo(toolHeaderBlock());
  }

  @Test
  void checksumIsSixOctalDigitsNulSpace() {
    byte[] header = BelTarWriter.header("0".repeat(64) + ".data.json", 6690, 1795443161L);
    String field = new String(header, 148, 8, StandardCharsets.US_ASCII);
    assertThat(field).matches("[0-7]{6}\0 ");
    assertThat(Long.parseLong(field.substring(0, 6), 8)).isEqualTo(BelTarFormat.checksum(header));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 100, 511, 512, 513, 1024, 6690})
  void dataIsPaddedWithZerosToWholeBlocks(int size) throws Exception {
    byte[] data = new byte[size];
    Arrays.fill(data, (byte) 'x');
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new BelTarWriter(out).write("name", data, 0);
    byte[] written = out.toByteArray();
    int blocks = (size + 511) / 512;
    assertThat(written).hasSize(512 + blocks * 512);
    assertThat(Arrays.copyOfRange(written, 512, 512 + size)).isEqualTo(data);
    assertThat(BelTarFormat.isZero(written, 512 + size, written.length)).isTrue();
    assertThat(BelTarWriter.entry("name", data, 0)).isEqualTo(written);
  }

  @Test
  void emptyDataTakesNoBlockAsInBeleniosTool() {
    assertThat(BelTarWriter.entry("empty", new byte[0], 0)).hasSize(512);
  }

  @Test
  void hundredCharacterNameIsRefusedBecauseBeleniosToolNeedsItsNul() {
    assertThatThrownBy(() -> BelTarWriter.header("a".repeat(100), 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 99 characters");
  }

  @Test
  void mtimeBeyondElevenOctalDigitsIsRefused() {
    assertThatThrownBy(() -> BelTarWriter.header("x", 0, 1L << 33))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mtime must be between 0 and 8589934591");
    assertThatThrownBy(() -> BelTarWriter.header("x", 0, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void put(byte[] block, int at, String ascii) {
    byte[] bytes = ascii.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, block, at, bytes.length);
  }
}
