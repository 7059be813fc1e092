/**
 * The register as the party's extracts describe it: membership records of the three kinds
 * (members, registered supporters, affiliated supporters), CLPs and regions, and exclusions (votes
 * removed). Values only; linking records into people is {@code electorate.linking}, deciding who
 * votes is {@code electorate.evaluation}.
 */
package org.scrutineer.electorate.register;
