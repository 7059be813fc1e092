package org.scrutineer.store.register;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.scrutineer.electorate.changes.RecordKind;

/**
 * The files an import was read from: for each kind the extract gives, the file's name and the
 * SHA-256 of its bytes, kept with the import so that anyone can check which file made which change.
 */
public record ImportSource(List<File> files) {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public ImportSource {
    files = List.copyOf(files);
    if (files.stream().map(File::kind).distinct().count() != files.size()) {
      throw new IllegalArgumentException("one file per kind in an import: " + files);
    }
  }

  public static ImportSource of(File... files) {
    return new ImportSource(List.of(files));
  }

  public Optional<File> file(RecordKind<?> kind) {
    return files.stream().filter(file -> file.kind() == kind).findFirst();
  }

  /** One file of the import. */
  public record File(RecordKind<?> kind, String name, String sha256) {
    public File {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(sha256, "sha256");
      if (!SHA256.matcher(sha256).matches()) {
        throw new IllegalArgumentException("the SHA-256 of " + name + " must be 64 lower-case hex digits, not \"" + sha256 + "\"");
      }
    }

    /** The file of these bytes, its digest computed here. */
    public static File of(RecordKind<?> kind, String name, byte[] content) {
      return new File(kind, name, ImportSource.sha256(content));
    }
  }

  /** Lower-case hex SHA-256 of the bytes. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
