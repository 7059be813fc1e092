package org.scrutineer.belenios.ballot;

import org.scrutineer.crypto.proof.Proof;

/**
 * A ballot's signature — Belenios spec 2.0 §4.14: {@code hash} is H_JSON of the ballot without its
 * signature (§4.15), {@code proof} the Schnorr proof with the voter's credential.
 */
public record Signature(String hash, Proof proof) {}
