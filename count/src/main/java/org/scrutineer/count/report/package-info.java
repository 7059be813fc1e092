/** The report every count returns: winners, rounds, tallies by section, transfers, tie-breaks. */
package org.scrutineer.count.report;
