package io.callsight.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The end-to-end bench on a small backlog: a real broker in this JVM, the KPI job on a MiniCluster,
 * and a report that says how fast it drained and which task was busiest.
 */
class PipelineBenchITCase {
  @Test
  void drainsTheBacklogAndReportsRateCpuAndEachTasksLoad() throws Exception {
    StringWriter text = new StringWriter();
    new PipelineBench(new PrintWriter(text, true)).throughput("small", 20_000, 1);
    String report = text.toString();

    Matcher rate = Pattern.compile("throughput: ([\\d,]+) events in").matcher(report);
    assertThat(rate.find()).as(report).isTrue();
    assertThat(Long.parseLong(rate.group(1).replace(",", ""))).isGreaterThanOrEqualTo(20_000);
    assertThat(report).contains("µs per event");
    // Most of a centre's events are call events; the rest are agents' log-ins and pauses.
    Matcher calls = Pattern.compile("of them ([\\d,]+) call events").matcher(report);
    assertThat(calls.find()).as(report).isTrue();
    long callEvents = Long.parseLong(calls.group(1).replace(",", ""));
    assertThat(callEvents).isPositive().isLessThan(Long.parseLong(rate.group(1).replace(",", "")));

    List<String> tasks =
        report
            .lines()
            .dropWhile(l -> !l.startsWith("tasks, by the share of time"))
            .skip(1)
            .filter(l -> l.startsWith("  busy"))
            .toList();
    assertThat(tasks)
        .as(report)
        .anySatisfy(l -> assertThat(l).contains("call tracker"))
        .anySatisfy(l -> assertThat(l).contains("agent book"))
        .anySatisfy(l -> assertThat(l).contains("queue book"));
    // Some task did work while the backlog drained, and no task's shares exceed the whole.
    Pattern busy = Pattern.compile("busy +(\\d+) %, back-pressured +(\\d+) %");
    double busiest = 0;
    for (String line : tasks) {
      Matcher m = busy.matcher(line);
      assertThat(m.find()).as(line).isTrue();
      assertThat(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)))
          .as(line)
          .isLessThanOrEqualTo(101);
      busiest = Math.max(busiest, Integer.parseInt(m.group(1)));
    }
    assertThat(busiest).as(report).isPositive();
  }
}
