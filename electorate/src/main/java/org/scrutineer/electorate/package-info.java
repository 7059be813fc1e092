/**
 * The electorate engine: who may vote, in which section, and why. Pure — no files, clock, database
 * or logging; callers hand in readers and get values back. Packages: {@code register} (the
 * extracts' records), {@code csv} (reading them), {@code linking} (records into people), {@code
 * rules} (the ruleset file), {@code evaluation} (a decision with reasons for every person), {@code
 * diff} (who gains or loses a vote between two rulesets).
 */
package org.scrutineer.electorate;
