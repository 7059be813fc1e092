/**
 * The Schulze method as Belenios 2.0 counts it ({@code src/lib/core/schulze.ml}, after CIVS'
 * {@code beatpath2.pm}): pairwise matrix, beats ranked by winning votes then fewer losing votes,
 * Floyd–Warshall widest paths, and a full ranking by repeatedly taking the unbeaten
 * (docs/counting.md, "Schulze").
 */
package org.scrutineer.count.method.schulze;
