package org.scrutineer.cli.belenios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.cli.CommandFailure;

class ToolFilesTest {
  @TempDir Path dir;

  @Test
  void concatNamesFilesAsOcamlFilenameConcat() {
    assertThat(ToolFiles.concat(".", "a.bel")).isEqualTo("./a.bel");
    assertThat(ToolFiles.concat("out/", "a.bel")).isEqualTo("out/a.bel");
    assertThat(ToolFiles.concat("", "a.bel")).isEqualTo("a.bel");
  }

  @Test
  void linesIgnoreOneFinalNewlineButKeepEmptyLines() {
    assertThat(text(ToolFiles.lines(bytes("a\nb\n")))).containsExactly("a", "b");
    assertThat(text(ToolFiles.lines(bytes("a\nb")))).containsExactly("a", "b");
    assertThat(text(ToolFiles.lines(bytes("a\n\n")))).containsExactly("a", "");
    assertThat(ToolFiles.lines(new byte[0])).isEmpty();
  }

  @Test
  void readTextDropsExactlyOneFinalNewline() throws Exception {
    Files.writeString(dir.resolve("f"), "{}\n\n");
    assertThat(new String(ToolFiles.readText(dir.resolve("f")), StandardCharsets.UTF_8)).isEqualTo("{}\n");
  }

  @Test
  void createNewSetsTheModeAndRefusesAnExistingFile() throws Exception {
    Path secret = dir.resolve("k.privkey");
    ToolFiles.createNew(secret, bytes("x"), ToolFiles.SECRET);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("r--------");
    assertThat(Files.readString(secret)).isEqualTo("x");
    assertThatThrownBy(() -> ToolFiles.createNew(secret, bytes("y"), ToolFiles.SECRET))
        .isInstanceOf(FileAlreadyExistsException.class);
  }

  @Test
  void singleArchiveNeedsExactlyOneBelFile() throws Exception {
    assertThatThrownBy(() -> ToolFiles.singleArchive(dir, "d"))
        .isInstanceOf(CommandFailure.class)
        .hasMessage("directory d must contain a single .bel file (found none)");
    Files.createFile(dir.resolve("A.bel"));
    Files.createDirectory(dir.resolve("other"));
    assertThat(ToolFiles.singleArchive(dir, "d")).isEqualTo(dir.resolve("A.bel"));
    Files.createFile(dir.resolve("B.bel"));
    assertThatThrownBy(() -> ToolFiles.singleArchive(dir, "d")).hasMessageContaining("(found 2)");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> text(List<byte[]> lines) {
    return lines.stream().map(line -> new String(line, StandardCharsets.UTF_8)).toList();
  }
}
