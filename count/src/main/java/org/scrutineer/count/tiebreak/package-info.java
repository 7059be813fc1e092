/** Breaking ties by earlier rounds, candidate order or a reproducible seeded draw; each break is recorded. */
package org.scrutineer.count.tiebreak;
