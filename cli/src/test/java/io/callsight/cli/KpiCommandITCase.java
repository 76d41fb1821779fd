package io.callsight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.DeadLetterReason;
import io.callsight.schemas.Json;
import io.callsight.schemas.QueueKpi;
import io.callsight.testkit.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code callsight kpi} over the real queue_log, checked against totals counted from the file by
 * hand. F = ../shared/data/voipreports1.queue_log; each expected value names the shell command that
 * gives it.
 */
class KpiCommandITCase {
  static final Path QUEUE_LOG = SharedData.voipReportsQueueLog();

  static <T> List<T> readLines(Path file, Class<T> type) throws Exception {
    List<T> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(Json.fromBytes(line.getBytes(StandardCharsets.UTF_8), type));
    }
    return out;
  }

  static String run(String... args) {
    CommandLine cli = CallSight.commandLine();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    int exit = cli.execute(args);
    String message = err.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(message).isZero();
    return message;
  }

  @Test
  void shouldReproduceTheFilesHandCountedTotalsForTheWholeFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("kpi.jsonl");
    Path dead = dir.resolve("dead.jsonl");
    run(
        "kpi",
        "--queue-log",
        QUEUE_LOG.toString(),
        "--interval",
        "all",
        "--out",
        out.toString(),
        "--dead-letters",
        dead.toString());

    QueueKpi it =
        readLines(out, QueueKpi.class).stream()
            .filter(r -> r.queue().equals("IT"))
            .findFirst()
            .orElseThrow();
    // awk -F'|' '$5=="ENTERQUEUE"' F | wc -l
    assertThat(it.offered()).isEqualTo(108);
    // awk -F'|' '$5=="CONNECT"' F | wc -l
    assertThat(it.answered()).isEqualTo(93);
    // awk -F'|' '$5=="CONNECT" && $6<=20' F | wc -l
    assertThat(it.answeredWithinThreshold()).isEqualTo(39);
    // awk -F'|' '$5=="ABANDON"{print $8}' F: 191 197 45 53 146 74 21 5 40 70 98 201
    assertThat(it.shortAbandoned()).isEqualTo(1); // the 5 s one
    assertThat(it.abandoned()).isEqualTo(11);
    assertThat(it.abandonedWithinThreshold()).isZero(); // none within 20 s but the short one
    assertThat(it.abandonedWaitSeconds()).isEqualTo(1136.0);
    // awk -F'|' '$5=="EXITWITHTIMEOUT"' F: one call, waited 300 s
    assertThat(it.timedOut()).isEqualTo(1);
    assertThat(it.maxWaitSeconds()).isEqualTo(300.0);
    // SL = 39 / (93 answered + 11 abandoned after T)
    assertThat(it.serviceLevel()).isEqualTo(39.0 / 104);
    // awk -F'|' '$5=="CONNECT"{s+=$6} END{print s}' F
    assertThat(it.answeredWaitSeconds()).isEqualTo(3599.0);
    assertThat(it.asaSeconds()).isCloseTo(3599.0 / 93, within(1e-9));
    // awk -F'|' '$5=="CONNECT"{print $6}' F | sort -n | sed -n '47p;84p' (ranks ceil(.5n),
    // ceil(.9n))
    assertThat(it.waitP50Seconds()).isEqualTo(22.0);
    assertThat(it.waitP90Seconds()).isEqualTo(103.0);
    // 89 COMPLETECALLER/COMPLETEAGENT + 1 BLINDTRANSFER + 1 ATTENDEDTRANSFER
    assertThat(it.handled()).isEqualTo(91);
    assertThat(it.transferred()).isEqualTo(2);
    // awk -F'|' '$5 ~ /^COMPLETE/{s+=$7} END{print s}' F = 23845, plus the transfers' 30 + 38
    assertThat(it.talkSeconds()).isEqualTo(23913.0);
    assertThat(it.ahtSeconds()).isCloseTo(23913.0 / 91, within(1e-9));
    // abandonment = 11 / (108 - 1 short)
    assertThat(it.abandonRate()).isCloseTo(11.0 / 107, within(1e-12));
    // 108 offers from 63 callers (awk ... $7 | sort -u | wc -l), all within 7 days of each other
    assertThat(it.repeatCallers()).isEqualTo(108 - 63);
    // awk -F'|' '$5=="RINGNOANSWER"' F | wc -l
    assertThat(it.ringNoAnswer()).isEqualTo(360);

    List<DeadLetter> deadLetters = readLines(dead, DeadLetter.class);
    // grep -c '|OUT[A-Z]*|' F: vendor OUTDIAL/OUTANSWER/... lines
    assertThat(deadLetters.stream().filter(d -> d.reasonCode() == DeadLetterReason.UNKNOWN_EVENT))
        .hasSize(257)
        .allSatisfy(d -> assertThat(d.location()).startsWith("voipreports1.queue_log:"));
    // The export ends mid-day: 2 answered calls never complete, 2 callers still wait.
    assertThat(
            deadLetters.stream().filter(d -> d.reasonCode() == DeadLetterReason.CALL_NEVER_ENDED))
        .extracting(d -> d.location())
        .containsExactlyInAnyOrder(
            "call 1543942189.2194",
            "call 1543942358.2226",
            "call 1543942788.2389",
            "call 1543942842.2438");
    assertThat(deadLetters).hasSize(257 + 4);
  }

  @Test
  void shouldSplitTheSameTotalsIntoQuarterHourIntervals(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("kpi.jsonl");
    String err =
        run(
            "kpi",
            "--queue-log",
            QUEUE_LOG.toString(),
            "--out",
            out.toString(),
            "--sl-threshold",
            "15");
    List<QueueKpi> rows = readLines(out, QueueKpi.class);
    assertThat(rows)
        .allSatisfy(
            r -> {
              Instant start = Instant.parse(r.intervalStart());
              assertThat(start.getEpochSecond() % 900).isZero();
              assertThat(Duration.between(start, Instant.parse(r.intervalEnd()))).hasMinutes(15);
              assertThat(r.slThresholdSeconds()).isEqualTo(15);
            });
    assertThat(rows.stream().mapToLong(QueueKpi::offered).sum()).isEqualTo(108);
    assertThat(rows.stream().mapToLong(QueueKpi::answered).sum()).isEqualTo(93);
    // awk -F'|' '$5=="CONNECT" && $6<=15' F | wc -l
    assertThat(rows.stream().mapToLong(QueueKpi::answeredWithinThreshold).sum()).isEqualTo(39);
    assertThat(rows.stream().mapToLong(QueueKpi::handled).sum()).isEqualTo(91);
    assertThat(rows.stream().mapToDouble(QueueKpi::talkSeconds).sum()).isEqualTo(23913.0);
    assertThat(err).contains("records set aside {CALL_NEVER_ENDED=4, UNKNOWN_EVENT=257}");
  }

  @Test
  void shouldStopWithAClearMessageForAMissingFileOrBadOption(@TempDir Path dir) {
    CommandLine cli = CallSight.commandLine();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    assertThat(cli.execute("kpi", "--queue-log", dir.resolve("nope.log").toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(
            "callsight kpi: queue_log "
                + dir.resolve("nope.log")
                + " does not exist or cannot be read");
    err.reset();
    assertThat(cli.execute("kpi", "--queue-log", QUEUE_LOG.toString(), "--interval", "PT7M"))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("the command line: option kpi.interval: interval PT7M must divide a day evenly");
  }
}
