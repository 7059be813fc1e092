package org.scrutineer.electorate.evaluation;

/**
 * Each rule the evaluation applies, by the ruleset field it comes from. An explanation lists them
 * with the facts that decided them; a decision keeps only those that failed.
 */
public enum Rule {
  EXCLUSION("exclusions_apply", "no exclusion (vote removed) is recorded against the person"),
  SECTION_ENABLED("enabled", "the section votes in this contest"),
  MEMBER_STATUS("members.statuses", "the member's standing is one that may vote"),
  FREEZE_DATE("members.freeze_date", "joined on or before the freeze date"),
  MINIMUM_MEMBERSHIP("members.minimum_months", "a member for long enough by the reference date"),
  ARREARS("members.arrears_grace_days", "not in arrears on the reference date"),
  SUSPENSION("members.suspended_may_vote", "not suspended on the reference date"),
  FEE_IN_WINDOW("registered_supporters.window_opens/window_closes", "the fee was paid inside the window"),
  FEE_AMOUNT("registered_supporters.fee", "the fee paid was at least the fee due"),
  SUPPORTER_VETTING("registered_supporters.vetting_required", "vetting passed"),
  AFFILIATE_CUTOFF("affiliated_supporters.registration_cutoff", "registered by the cut-off"),
  AFFILIATE_VETTING("affiliated_supporters.vetting_required", "vetting passed"),
  PRECEDENCE("precedence", "one vote per person: the first eligible section in precedence order");

  private final String field;
  private final String requirement;

  Rule(String field, String requirement) {
    this.field = field;
    this.requirement = requirement;
  }

  /** The ruleset field (docs/formats/ruleset.md) the rule reads. */
  public String field() {
    return field;
  }

  /** What the rule asks, in words. */
  public String requirement() {
    return requirement;
  }
}
