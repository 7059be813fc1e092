package org.scrutineer.archive.tar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BelTarReaderTest {
  private static final String A = "a".repeat(64) + ".data.json";
  private static final String B = "b".repeat(64) + ".event.json";

  private static byte[] archive(Object... nameDataPairs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BelTarWriter writer = new BelTarWriter(out);
    for (int i = 0; i < nameDataPairs.length; i += 2) {
      writer.write((String) nameDataPairs[i], (byte[]) nameDataPairs[i + 1], 1795443161L);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int size) {
    byte[] data = new byte[size];
    for (int i = 0; i < size; i++) data[i] = (byte) ('a' + i % 26);
    return data;
  }

  private static List<TarEntry> readAll(byte[] archive) throws IOException {
    try (BelTarReader reader = new BelTarReader(new ByteArrayInputStream(archive))) {
      List<TarEntry> entries = new ArrayList<>();
      for (Optional<TarEntry> e = reader.next(); e.isPresent(); e = reader.next()) entries.add(e.get());
      return entries;
    }
  }

  private static ArchiveProblem failure(byte[] archive) {
    return failure(new BelTarReader(new ByteArrayInputStream(archive)));
  }

  private static ArchiveProblem failure(BelTarReader reader) {
    ArchiveFormatException e = org.junit.jupiter.api.Assertions.assertThrows(ArchiveFormatException.class, () -> {
      while (reader.next().isPresent()) {
        // read until it fails
      }
    });
    return e.problem();
  }

  @Test
  void roundTripKeepsNamesBytesOrderAndOffsets() throws IOException {
    byte[] archive = archive("BELENIOS", bytes(38), A, bytes(512), B, bytes(0), A, bytes(513));
    List<TarEntry> entries = readAll(archive);
    assertThat(entries).extracting(TarEntry::name).containsExactly("BELENIOS", A, B, A);
    assertThat(entries).extracting(TarEntry::index).containsExactly(1, 2, 3, 4);
    assertThat(entries).extracting(TarEntry::offset).containsExactly(0L, 1024L, 2048L, 2560L);
    assertThat(entries.get(3).data()).isEqualTo(bytes(513));
    assertThat(entries.get(2).size()).isZero();
    assertThat(entries).allSatisfy(e -> assertThat(e.problems()).isEmpty());
    assertThat(entries.get(0).header().mtime()).isEqualTo(1795443161L);
  }

  @Test
  void emptyStreamHasNoEntries() throws IOException {
    assertThat(readAll(new byte[0])).isEmpty();
  }

  @Test
  void endOfArchiveZeroBlocksAreToleratedButReported() throws IOException {
    byte[] archive = archive("BELENIOS", bytes(38));
    byte[] withTrailer = Arrays.copyOf(archive, archive.length + 10240);
    try (BelTarReader reader = new BelTarReader(new ByteArrayInputStream(withTrailer))) {
      assertThat(reader.next()).isPresent();
      assertThat(reader.next()).isEmpty();
      assertThat(reader.endProblems()).singleElement().hasToString(
          "entry 2 at byte 1024: archive ends with 10240 zero bytes (tar end-of-archive blocks); belenios-tool "
              + "writes none and its election verify fails on them (\"Int64.of_string\"): remove them");
    }
  }

  @Test
  void bytesAfterAnEndMarkerAreRejected() throws IOException {
    byte[] first = archive("BELENIOS", bytes(38));
    byte[] second = archive(A, bytes(3));
    byte[] concatenated = new byte[first.length + 1024 + second.length];
    System.arraycopy(first, 0, concatenated, 0, first.length);
    System.arraycopy(second, 0, concatenated, first.length + 1024, second.length);
    assertThat(failure(concatenated)).hasToString("entry 2 at byte 1024: non-zero byte at 2048 after the tar "
        + "end-of-archive zero block: entries follow an end marker (archives concatenated?)");
  }

  @Test
  void archiveEndingInsideDataIsTruncatedWithEntryOffsetAndSizes() throws IOException {
    byte[] archive = archive("BELENIOS", bytes(38), A, bytes(600));
    byte[] truncated = Arrays.copyOf(archive, 1024 + 512 + 100);
    assertThat(failure(truncated)).hasToString("entry 2 (" + A + ") at byte 1024: archive ends inside the data of "
        + A + ": header says 600 bytes, only 100 present (truncated archive)");
  }

  @Test
  void archiveEndingInsidePaddingIsTruncated() throws IOException {
    byte[] archive = archive("BELENIOS", bytes(38), A, bytes(600));
    byte[] truncated = Arrays.copyOf(archive, archive.length - 1);
    assertThat(failure(truncated).message())
        .isEqualTo("archive ends inside the zero padding after the data of " + A + " (truncated archive)");
  }

  @Test
  void archiveEndingInsideHeaderIsTruncated() throws IOException {
    byte[] archive = archive("BELENIOS", bytes(38), A, bytes(600));
    byte[] truncated = Arrays.copyOf(archive, 1024 + 300);
    assertThat(failure(truncated)).hasToString(
        "entry 2 at byte 1024: archive ends inside a header block (300 of 512 bytes) (truncated archive)");
  }

  @Test
  void knownLengthDetectsTruncationWhileSkippingData() throws IOException {
    byte[] archive = archive("BELENIOS", bytes(38), A, bytes(600));
    byte[] truncated = Arrays.copyOf(archive, 1024 + 512 + 100);
    BelTarReader reader = new BelTarReader(new ByteArrayInputStream(truncated), truncated.length);
    assertThat(reader.nextHeader()).isPresent();
    reader.skipData();
    ArchiveFormatException e = org.junit.jupiter.api.Assertions.assertThrows(ArchiveFormatException.class,
        reader::nextHeader);
    assertThat(e.problem().message()).isEqualTo(
        "archive ends inside the data of " + A + ": header says 600 bytes, only 100 present (truncated archive)");
    assertThat(e.problem().offset()).isEqualTo(1024);
  }

  @Test
  void skippedDataIsNotReturnedAndNextHeaderFollows() throws IOException {
    byte[] archive = archive("BELENIOS", bytes(38), A, bytes(5000), B, bytes(7));
    try (BelTarReader reader = new BelTarReader(new ByteArrayInputStream(archive), archive.length)) {
      assertThat(reader.nextHeader()).map(TarHeader::name).contains("BELENIOS");
      assertThat(reader.nextHeader()).map(TarHeader::name).contains(A); // BELENIOS data skipped implicitly
      reader.skipData();
      assertThat(reader.next()).map(TarEntry::data).contains(bytes(7));
      assertThat(reader.next()).isEmpty();
      assertThat(reader.position()).isEqualTo(archive.length);
    }
  }

  @Test
  void corruptedHeaderByteFailsTheChecksum() throws IOException {
    byte[] archive = archive("BELENIOS", bytes(38), A, bytes(10));
    archive[1024 + 5] = 'X';
    assertThat(failure(archive)).hasToString("entry 2 at byte 1024: header checksum field says 22536 but the "
        + "header bytes sum to 22525 (corrupted header)");
  }

  @Test
  void nonOctalSizeIsRejectedNamingTheField() throws IOException {
    byte[] archive = archive(A, bytes(10));
    archive[124 + 3] = '9';
    fixChecksum(archive, 0);
    assertThat(failure(archive)).hasToString("entry 1 (" + A + ") at byte 0: header field size "
        + "\"00090000012\" is not an octal number (corrupted header)");
  }

  @Test
  void nonOctalChecksumIsRejected() throws IOException {
    byte[] archive = archive(A, bytes(10));
    archive[148] = 'z';
    assertThat(failure(archive).message()).startsWith("header checksum field \"z");
  }

  @Test
  void readableButNonCanonicalHeaderIsReportedNotFatal() throws IOException {
    byte[] archive = archive("BELENIOS", bytes(38), A, bytes(10));
    archive[1024 + 100 + 5] = '6'; // mode 0000664
    fixChecksum(archive, 1024);
    List<TarEntry> entries = readAll(archive);
    assertThat(entries.get(1).problems()).singleElement().hasToString("entry 2 (" + A + ") at byte 1024: header "
        + "field mode is \"0000664\" but belenios-tool writes \"0000644\" (byte 105 of the header differs)");
  }

  @Test
  void ustarMagicIsReportedAsNonCanonical() throws IOException {
    byte[] archive = archive(A, bytes(10));
    System.arraycopy("ustar\0".getBytes(StandardCharsets.US_ASCII), 0, archive, 257, 6);
    fixChecksum(archive, 0);
    assertThat(readAll(archive).get(0).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("header field ustar_and_rest is \"ustar\""));
  }

  @Test
  void nonZeroPaddingIsReportedNotFatal() throws IOException {
    byte[] archive = archive(A, bytes(10));
    archive[512 + 100] = 1;
    assertThat(readAll(archive).get(0).problems()).singleElement().hasToString("entry 1 (" + A + ") at byte 0: "
        + "the padding after the data is not all zero bytes (belenios-tool pads with zeros)");
  }

  @Test
  void failureIsRepeatedOnLaterCalls() throws IOException {
    byte[] archive = archive(A, bytes(600));
    BelTarReader reader = new BelTarReader(new ByteArrayInputStream(Arrays.copyOf(archive, 700)));
    ArchiveProblem first = failure(reader);
    ArchiveFormatException again = org.junit.jupiter.api.Assertions.assertThrows(ArchiveFormatException.class,
        reader::next);
    assertThat(again.problem()).isEqualTo(first);
  }

  /** Re-computes the checksum of the header at {@code offset}, so a test alters only one field. */
  private static void fixChecksum(byte[] archive, int offset) {
    byte[] block = Arrays.copyOfRange(archive, offset, offset + 512);
    byte[] field = String.format("%06o\0 ", BelTarFormat.checksum(block)).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(field, 0, archive, offset + 148, 8);
  }
}
