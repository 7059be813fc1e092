package org.scrutineer.count.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scrutineer.count.report.CountReport;
import org.scrutineer.count.report.Round;
import org.scrutineer.count.report.SectionRound;
import org.scrutineer.count.rules.CountRules;
import org.scrutineer.count.rules.TieBreak;
import org.scrutineer.count.tiebreak.TieBreakRecord;
import org.scrutineer.count.tiebreak.TieBreaker;

class ReportJsonTest {
  static CountReport sample() {
    Map<String, BigDecimal> tally1 = new LinkedHashMap<>();
    tally1.put("Smith", new BigDecimal("1234.50000"));
    tally1.put("Corbyn", new BigDecimal("1E+3"));
    tally1.put("Eagle", new BigDecimal("0.00001"));
    Map<String, BigDecimal> tally2 = new LinkedHashMap<>();
    tally2.put("Smith", new BigDecimal("1234.50000"));
    tally2.put("Corbyn", new BigDecimal("1000.00001"));
    Round one = new Round(1, tally1, BigDecimal.ZERO, List.of(), List.of("Eagle"),
        Map.of("Eagle", Map.of("Corbyn", new BigDecimal("0.00001"))), Optional.empty(),
        List.of(new TieBreakRecord(TieBreaker.Purpose.ELIMINATE, List.of("Eagle", "Corbyn"), "Eagle", "candidate order: …")));
    Round two = new Round(2, tally2, new BigDecimal("2.5"), List.of("Smith"), List.of(), Map.of(), Optional.of(new BigDecimal("1117.250005")),
        List.of());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("note", "two rounds");
    details.put("matrix", List.of(List.of(BigInteger.ONE, new BigDecimal("2.50")), Map.of("x", true)));
    return new CountReport("plurality", 1, Optional.of(new BigDecimal("1117.25")), List.of("Smith"), List.of(one, two),
        Map.of("members", List.of(new SectionRound(1, tally1, BigDecimal.ONE))),
        CountRules.defaults().withTieBreak(new TieBreak.Random(2016)).withCandidateOrder(List.of("Smith", "Corbyn", "Eagle")), details,
        List.of("ballot 7: blank"));
  }

  static String write(CountReport report) throws IOException {
    StringWriter out = new StringWriter();
    ReportJson.write(report, out);
    return out.toString();
  }

  @Test
  void writesKeysInOrderAndDecimalsInPlainNotation() throws IOException {
    String json = write(sample());
    assertThat(json).startsWith("{\n  \"method\" : \"plurality\",\n  \"seats\" : 1,\n  \"quota\" : 1117.25,\n  \"winners\" : [ \"Smith\" ],");
    assertThat(json).contains("\"Smith\" : 1234.50000").contains("\"Corbyn\" : 1000,").contains("\"Eagle\" : 0.00001")
        .doesNotContain("E+").doesNotContain("E-");
    assertThat(json.indexOf("\"rounds\"")).isLessThan(json.indexOf("\"sections\""));
    assertThat(json.indexOf("\"sections\"")).isLessThan(json.indexOf("\"rules\""));
    assertThat(json.indexOf("\"rules\"")).isLessThan(json.indexOf("\"details\""));
    assertThat(json.indexOf("\"details\"")).isLessThan(json.indexOf("\"invalid\""));
    assertThat(json).contains("\"tiebreak\" : \"random:2016\"").contains("\"max-skipped-ranks\" : \"unlimited\"")
        .contains("\"quota\" : 1117.250005").contains("\"tieBreaks\" : [ {").endsWith("}\n");
  }

  @Test
  void readBackItIsTheSameReportAndWritesTheSameBytes() throws IOException {
    CountReport report = sample();
    String json = write(report);
    CountReport read = ReportJson.read(new StringReader(json), "report.json").get();
    assertThat(read.rounds().get(1)).isEqualTo(report.rounds().get(1));
    assertThat(read.rounds().get(0).tally().get("Smith")).hasToString("1234.50000");
    assertThat(read.rounds().get(0).tally().get("Corbyn")).hasToString("1000");
    assertThat(read.rules()).isEqualTo(report.rules());
    assertThat(read.winners()).isEqualTo(report.winners());
    assertThat(write(read)).isEqualTo(json);
  }

  @Test
  void aReportsRulesAreARulesFile() throws IOException {
    String json = write(sample());
    String rules = json.substring(json.indexOf("\"rules\" : ") + "\"rules\" : ".length(), json.indexOf(",\n  \"details\""));
    assertThat(RulesJson.read(new StringReader(rules), "rules.json").get().applyTo(CountRules.defaults())).isEqualTo(sample().rules());
  }

  @Test
  void somethingElseIsNotAReport() throws IOException {
    assertThat(ReportJson.read(new StringReader("{\"method\": \"x\"}"), "r.json").errors()).singleElement().asString()
        .isEqualTo("r.json: is not a count report: no member \"rules\" (give a report written by scrutineer count --json"
            + " (docs/formats/count-report.md))");
  }
}
