package org.scrutineer.count.json.belenios;

import java.math.BigDecimal;
import java.util.List;
import org.scrutineer.count.method.belenios.BeleniosStvResult;
import org.scrutineer.count.method.belenios.StvEvent;
import org.scrutineer.count.method.mj.MajorityJudgmentResult;
import org.scrutineer.count.method.schulze.Beat;
import org.scrutineer.count.method.schulze.SchulzeResult;

/**
 * The one line belenios-tool prints for each method (without its newline). Field order from
 * {@code serializable.atd} of Belenios 2.0: {@code stv_result} = ballots, invalid, events, winners;
 * {@code schulze_result} = valid, blank?, raw, beatpaths, winners; {@code mj_result} = raw, valid,
 * blank?, invalid, winners. Every number is an integer.
 */
public final class BeleniosMethodJson {
  private BeleniosMethodJson() {}

  /** {@code {"ballots":[[0,1]…],"invalid":[[1,1]…],"events":[["Win",[0]],["Lose",2]…],"winners":[0…]}} */
  public static String stv(BeleniosStvResult result) {
    StringBuilder s = new StringBuilder("{\"ballots\":[");
    for (int i = 0; i < result.ballots().size(); i++) {
      s.append(i == 0 ? "" : ",");
      ints(s, result.ballots().get(i));
    }
    s.append("],\"invalid\":");
    arrays(s, result.invalid());
    s.append(",\"events\":[");
    for (int i = 0; i < result.events().size(); i++) {
      s.append(i == 0 ? "" : ",");
      StvEvent e = result.events().get(i);
      if (e instanceof StvEvent.Win w) {
        s.append("[\"Win\",");
        ints(s, w.choices());
      } else if (e instanceof StvEvent.Lose l) {
        s.append("[\"Lose\",").append(l.choice());
      } else if (e instanceof StvEvent.TieWin t) {
        s.append("[\"TieWin\",");
        ints(s, t.choices());
      } else if (e instanceof StvEvent.TieLose t) {
        s.append("[\"TieLose\",");
        ints(s, t.choices());
      }
      s.append(']');
    }
    s.append("],\"winners\":");
    ints(s, result.winners());
    return s.append('}').toString();
  }

  /** {@code {"valid":n,"blank":b,"raw":[[…]],"beatpaths":[[[w,l]…]…],"winners":[[…]…]}} */
  public static String schulze(SchulzeResult result) {
    StringBuilder s = new StringBuilder("{\"valid\":").append(integer(result.valid()));
    result.blank().ifPresent(b -> s.append(",\"blank\":").append(integer(b)));
    s.append(",\"raw\":[");
    BigDecimal[][] raw = result.raw();
    for (int i = 0; i < raw.length; i++) {
      s.append(i == 0 ? "[" : ",[");
      for (int j = 0; j < raw[i].length; j++) {
        s.append(j == 0 ? "" : ",").append(integer(raw[i][j]));
      }
      s.append(']');
    }
    s.append("],\"beatpaths\":[");
    Beat[][] paths = result.beatpaths();
    for (int i = 0; i < paths.length; i++) {
      s.append(i == 0 ? "[" : ",[");
      for (int j = 0; j < paths[i].length; j++) {
        s.append(j == 0 ? "[" : ",[").append(integer(paths[i][j].winning())).append(',')
            .append(integer(paths[i][j].losing())).append(']');
      }
      s.append(']');
    }
    s.append("],\"winners\":");
    groups(s, result.ranking());
    return s.append('}').toString();
  }

  /** {@code {"raw":[[…]],"valid":n,"blank":b,"invalid":[[…]],"winners":[[…]…]}} */
  public static String majorityJudgment(MajorityJudgmentResult result) {
    StringBuilder s = new StringBuilder("{\"raw\":");
    arrays(s, List.of(result.raw()));
    s.append(",\"valid\":").append(result.valid());
    result.blank().ifPresent(b -> s.append(",\"blank\":").append(b));
    s.append(",\"invalid\":");
    arrays(s, result.invalid());
    s.append(",\"winners\":");
    groups(s, result.ranking());
    return s.append('}').toString();
  }

  /** Belenios' counts are whole ballots; a fractional value here is a bug. */
  private static String integer(BigDecimal value) {
    return value.toBigIntegerExact().toString();
  }

  private static void ints(StringBuilder s, List<Integer> values) {
    s.append('[');
    for (int i = 0; i < values.size(); i++) {
      s.append(i == 0 ? "" : ",").append(values.get(i));
    }
    s.append(']');
  }

  private static void arrays(StringBuilder s, List<long[]> arrays) {
    s.append('[');
    for (int i = 0; i < arrays.size(); i++) {
      s.append(i == 0 ? "[" : ",[");
      long[] a = arrays.get(i);
      for (int j = 0; j < a.length; j++) {
        s.append(j == 0 ? "" : ",").append(a[j]);
      }
      s.append(']');
    }
    s.append(']');
  }

  private static void groups(StringBuilder s, List<List<Integer>> groups) {
    s.append('[');
    for (int i = 0; i < groups.size(); i++) {
      s.append(i == 0 ? "" : ",");
      ints(s, groups.get(i));
    }
    s.append(']');
  }
}
