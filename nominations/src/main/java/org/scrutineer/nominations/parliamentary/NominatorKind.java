package org.scrutineer.nominations.parliamentary;

/**
 * Who may make a parliamentary nomination: members of the Parliamentary Labour Party (MPs) and of
 * the European PLP (MEPs, until the UK left the EU). Which kinds count is a rule ({@code
 * rules.ParliamentaryRule}); the register says which kind each nominator is.
 */
public enum NominatorKind {
  MP("MP", "MPs"),
  MEP("MEP", "MEPs");

  private final String singular;
  private final String plural;

  NominatorKind(String singular, String plural) {
    this.singular = singular;
    this.plural = plural;
  }

  public String singular() {
    return singular;
  }

  public String plural() {
    return plural;
  }
}
