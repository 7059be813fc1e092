package org.scrutineer.belenios.trustee;

/**
 * A step of the threshold key generation (Belenios spec 2.0 §3.1.1, "Pedersen" protocol) refused its input: the message
 * names the check and the trustee, as belenios-tool's {@code PedersenFailure} ("certificate 2 does
 * not validate", "secret 1 does not validate", …).
 */
public final class CeremonyException extends Exception {
  private static final long serialVersionUID = 1L;

  public CeremonyException(String message) {
    super(message);
  }
}
