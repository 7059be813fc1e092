/**
 * Majority judgment as Belenios 2.0 counts it ({@code src/lib/core/majority_judgment.ml}): every
 * candidate's grades sorted, its "median sequence" (the lower median, removed, again and again), and
 * candidates ordered by comparing these sequences (docs/counting.md, "Majority judgment").
 */
package org.scrutineer.count.method.mj;
