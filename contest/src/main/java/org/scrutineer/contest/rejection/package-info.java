/**
 * Ballots refused at casting (docs/adr/0012-contest-design.md, "Rejections"): a ballot of one of the
 * contest's elections that cannot be accepted — not canonical, an unknown or removed credential,
 * failing Belenios' checks, or cast already — becomes a numbered entry of the public log {@code
 * rejections.json}: its section, when it arrived, why, and its smart ballot tracker, never its content.
 * The scrutineer's report adds them up by section and reason.
 */
package org.scrutineer.contest.rejection;
