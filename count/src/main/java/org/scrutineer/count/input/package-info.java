/**
 * Reading a count's ballots from text: CSV (ranked and graded), .blt, PrefLib .soi/.toc/.toi
 * (docs/formats/ballots.md). Each reader takes a {@link java.io.Reader} the caller opened and
 * returns every problem found as an {@link org.scrutineer.count.input.InputError} naming the file,
 * line, field and fix. With {@code count.json}, the only package of the module that reads text.
 */
package org.scrutineer.count.input;
