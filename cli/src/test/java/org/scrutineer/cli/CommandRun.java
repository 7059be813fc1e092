package org.scrutineer.cli;

import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.scrutineer.cli.belenios.ToolFiles;

/** What one command did — ours in-process or belenios-tool's in a process: status and output. */
public record CommandRun(String command, int status, byte[] stdout, String stderr) {

  public String out() {
    return new String(stdout, StandardCharsets.UTF_8);
  }

  /** Standard output's lines (a final newline does not start another line). */
  public List<String> outLines() {
    return ToolFiles.lines(stdout).stream().map(line -> new String(line, StandardCharsets.UTF_8)).toList();
  }

  /** Standard output's line {@code index} as bytes, e.g. a ballot to append. */
  public byte[] outLine(int index) {
    return ToolFiles.lines(stdout).get(index);
  }

  public List<String> errLines() {
    return stderr.lines().toList();
  }

  /** Fails the test, showing the command and its standard error, unless it exited 0. */
  public CommandRun assertSucceeded() {
    if (status != 0) {
      fail(command + " exited " + status + ", stderr: " + stderr.strip());
    }
    return this;
  }

  public boolean succeeded() {
    return status == 0;
  }
}
