/**
 * Invented ranked ballots for benchmarks and demonstrations (docs/counting.md, "Synthetic ballots").
 * Uses binary floating point to draw, never to count.
 */
package org.scrutineer.count.synthetic;
