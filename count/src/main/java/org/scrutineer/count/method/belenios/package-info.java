/**
 * Belenios' single transferable vote ({@code src/lib/core/stv.ml} of Belenios 2.0): Droop quota on
 * the valid ballots, one winner at a time with its surplus transferred at (votes − quota) / votes,
 * else the last candidate eliminated; ties go to the question order. belenios-tool computes in
 * binary floating point; {@link org.scrutineer.count.method.belenios.BeleniosStv} counts the same
 * algorithm exactly, or in the same IEEE 754 binary64 steps when asked to reproduce belenios-tool
 * byte for byte (docs/counting.md, "STV").
 */
package org.scrutineer.count.method.belenios;
