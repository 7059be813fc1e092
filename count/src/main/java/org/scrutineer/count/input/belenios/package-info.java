/**
 * Reading the decrypted ballots of a Belenios non-homomorphic question: the JSON array of integer
 * arrays that {@code belenios-tool method …} reads on standard input ({@code .result[i]} of the
 * election result), read as leniently as belenios-tool reads it (atdgen over Yojson), into
 * {@code count.ballot.BeleniosBallots} (the raw arrays Belenios' methods count), or into
 * {@code RankedBallots} / {@code GradedBallots} for every other method (docs/counting.md,
 * "Input").
 */
package org.scrutineer.count.input.belenios;
