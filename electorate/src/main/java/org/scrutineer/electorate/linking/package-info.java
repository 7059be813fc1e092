/**
 * From records to people: exact links (membership number, e-mail) joined, near matches (same name
 * and postcode, or a link that would give one person two memberships of a kind) reported for review.
 */
package org.scrutineer.electorate.linking;
