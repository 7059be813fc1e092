package org.scrutineer.belenios.json;

/**
 * A Belenios JSON document that does not have the shape the spec requires. The message names the
 * document and the field path (e.g. {@code ballot.answers[0].choices[1].alpha}) and says what was
 * expected, so whoever supplied the file can fix it.
 */
public final class BeleniosFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String path;

  public BeleniosFormatException(String path, String problem) {
    super(path + ": " + problem);
    this.path = path;
  }

  /** Where in the document the problem is. */
  public String path() {
    return path;
  }
}
