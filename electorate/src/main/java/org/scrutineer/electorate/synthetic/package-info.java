/**
 * A synthetic register shaped like the 2016 Labour leadership electorate, for demonstrations,
 * tests and measurements at full scale without anyone's personal data: about 540,000 members of
 * whom about 130,000 joined after the 12 January 2016 freeze date, 183,000 registered-supporter
 * applications (some late, unpaid or at the old £3), affiliated supporters of a dozen unions and
 * societies, overlaps between the sections, arrears, suspensions, exclusions and near-duplicates.
 * Deterministic for a size and seed, streamed record by record (docs/synthetic-register.md).
 * {@link org.scrutineer.electorate.synthetic.SyntheticRegister} is the entry point.
 */
package org.scrutineer.electorate.synthetic;
