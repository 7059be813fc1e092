/** Where a ranked ballot's vote goes next, under the overvote, skipped-rank and repeated-candidate rules. */
package org.scrutineer.count.preference;
