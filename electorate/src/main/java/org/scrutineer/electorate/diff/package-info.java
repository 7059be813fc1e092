/** Who gains and who loses a vote between two rulesets, per section and CLP. */
package org.scrutineer.electorate.diff;
