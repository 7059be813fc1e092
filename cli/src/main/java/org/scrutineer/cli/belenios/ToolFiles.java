package org.scrutineer.cli.belenios;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.cli.CommandFailure;

/**
 * How belenios-tool 2.0 reads and writes files, for the commands that mimic it: text read as lines
 * (so one final newline never matters), one JSON document per line, files created with fixed modes
 * ({@code .privkey} 0400, {@code .pubkey} 0444…), and the election directory holding exactly one
 * {@code .bel} archive.
 */
public final class ToolFiles {
  /** Mode of secret files: {@code .privkey}, {@code .privcreds}. */
  public static final String SECRET = "r--------";

  /** Mode of public files: {@code .pubkey}, {@code .pubcreds}. */
  public static final String PUBLIC = "r--r--r--";

  private ToolFiles() {}

  /**
   * OCaml's {@code Filename.concat}, which belenios-tool uses to name the files it reports: {@code
   * dir/file}, without doubling a trailing slash ({@code .} gives {@code ./file}).
   */
  public static String concat(String dir, String file) {
    return dir.isEmpty() || dir.endsWith("/") ? dir + file : dir + "/" + file;
  }

  /**
   * belenios-tool's {@code string_of_file}: the file's lines joined by newlines, i.e. its bytes
   * without one final newline.
   */
  public static byte[] readText(Path file) throws IOException {
    return dropFinalNewline(Files.readAllBytes(file));
  }

  /**
   * The bytes of {@code file}; if it does not exist, fails naming it as the user would ({@code
   * shownAs}, e.g. {@code ./public_keys.jsons}) rather than by its absolute path.
   */
  public static byte[] read(Path file, String shownAs) throws IOException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CommandFailure(shownAs + ": No such file or directory", e);
    }
  }

  /** The bytes without one final {@code \n}, if there is one. */
  public static byte[] dropFinalNewline(byte[] bytes) {
    int n = bytes.length;
    return n > 0 && bytes[n - 1] == '\n' ? Arrays.copyOf(bytes, n - 1) : bytes;
  }

  /**
   * belenios-tool's {@code lines_of_file} / {@code lines_of_stdin}: the bytes split at each
   * {@code \n}; a final newline does not start another line, so empty input has no lines.
   */
  public static List<byte[]> lines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(Arrays.copyOfRange(bytes, start, i));
        start = i + 1;
      }
    }
    if (start < bytes.length) {
      lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
    }
    return lines;
  }

  /**
   * An option naming a directory that must exist (cmdliner's {@code dir} converter, same
   * message), resolved against the working directory.
   */
  public static Path existingDirectory(CommandEnvironment environment, String option, String value) {
    Path path = environment.resolve(value);
    if (!Files.exists(path)) {
      throw new CommandFailure("option '" + option + "': no '" + value + "' directory");
    }
    if (!Files.isDirectory(path)) {
      throw new CommandFailure("option '" + option + "': '" + value + "' is not a directory");
    }
    return path;
  }

  /** An option naming a file that must exist (cmdliner's {@code file} converter, same message). */
  public static Path existingFile(CommandEnvironment environment, String option, String value) {
    Path path = environment.resolve(value);
    if (!Files.exists(path)) {
      throw new CommandFailure("option '" + option + "': no '" + value + "' file or directory");
    }
    return path;
  }

  /** A mandatory option that was not given: belenios-tool's {@code get_mandatory_opt}. */
  public static <T> T mandatory(String option, T value) {
    if (value == null) {
      throw new CommandFailure(option + " is mandatory");
    }
    return value;
  }

  /**
   * The one {@code *.bel} file of an election directory (belenios-tool's {@code find_bel_in_dir});
   * other files and folders are ignored.
   */
  public static Path singleArchive(Path directory, String shownAs) throws IOException {
    List<Path> archives;
    try (Stream<Path> entries = Files.list(directory)) {
      archives = entries.filter(path -> path.getFileName().toString().endsWith(".bel")).toList();
    }
    if (archives.size() != 1) {
      throw new CommandFailure(
          "directory " + shownAs + " must contain a single .bel file"
              + (archives.isEmpty() ? " (found none)" : " (found " + archives.size() + ")"));
    }
    return archives.get(0);
  }

  /**
   * Creates {@code file} with {@code bytes} and the given POSIX mode (e.g. {@link #SECRET}), set at
   * creation so a secret is never readable by others; fails if the file exists, where belenios-tool
   * fails ({@code .privcreds}) or, for trustee keys, would reuse it.
   */
  public static void createNew(Path file, byte[] bytes, String mode, String shownAs) throws IOException {
    try {
      createNew(file, bytes, mode);
    } catch (FileAlreadyExistsException e) {
      throw new CommandFailure(shownAs + ": File exists", e);
    }
  }

  /** As {@link #createNew(Path, byte[], String, String)}, reporting an existing file by its path. */
  public static void createNew(Path file, byte[] bytes, String mode) throws IOException {
    Set<PosixFilePermission> permissions = PosixFilePermissions.fromString(mode);
    boolean posix = Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView("posix");
    FileAttribute<?>[] attributes =
        posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)} : new FileAttribute<?>[0];
    // One open with O_CREAT|O_EXCL and the mode: the channel writes even a 0400 file it created.
    try (SeekableByteChannel channel =
        Files.newByteChannel(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    }
    if (posix) {
      Files.setPosixFilePermissions(file, permissions); // the umask may have removed bits
    }
  }

  /** Writes {@code file}, replacing it if it exists (OCaml's {@code open_out}, mode 0644 less umask). */
  public static void replace(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes);
  }

  /** {@code bytes} followed by a newline, as belenios-tool ends the JSON files it writes. */
  public static byte[] withNewline(byte[] bytes) {
    byte[] line = Arrays.copyOf(bytes, bytes.length + 1);
    line[bytes.length] = '\n';
    return line;
  }
}
