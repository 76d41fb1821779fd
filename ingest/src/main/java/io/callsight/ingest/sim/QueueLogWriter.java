package io.callsight.ingest.sim;

import io.callsight.schemas.EndedBy;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes the simulation as an Asterisk {@code queue_log} ({@code epoch|callid|queue|agent|EVENT|
 * data…}) with the callers' raw fake numbers, so the queue_log adapter can be fed like a real
 * switch.
 *
 * <p>The format loses detail, as it does on a real switch: times are whole seconds and durations
 * are differences of whole seconds (ring times in RINGNOANSWER and RINGCANCELED excepted, which
 * Asterisk writes in milliseconds); there is no ringing, hold or wrap-up event, so RINGING,
 * HOLD_START, HOLD_END and WRAPUP_ENDED write nothing, and the call time of COMPLETECALLER,
 * COMPLETEAGENT and BLINDTRANSFER includes holds. Agents are {@code Agent/<id>}; a log-in writes
 * ADDMEMBER for each of the agent's queues and AGENTLOGIN, a log-out REMOVEMEMBER and AGENTLOGOFF,
 * and not ready / ready write PAUSE / UNPAUSE in each queue, as Asterisk does.
 */
public final class QueueLogWriter implements SimulationOutput {
  private static final String NONE = "NONE";
  private static final String TRANSFER_CONTEXT = "transfer";

  private final Writer out;
  private final StringBuilder line = new StringBuilder(160);
  private long channels;

  public QueueLogWriter(Writer out) {
    this.out = out;
  }

  /** A writer that appends to {@code file} (created if missing), as Asterisk does. */
  public static QueueLogWriter appendingTo(Path file) throws IOException {
    BufferedWriter writer =
        Files.newBufferedWriter(
            file,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND,
            StandardOpenOption.WRITE);
    return new QueueLogWriter(writer);
  }

  @Override
  public void call(SimulatedCallEvent e) {
    String agent = e.agentId() == null ? NONE : "Agent/" + e.agentId();
    switch (e.type()) {
      case QUEUED ->
          start(e, NONE, "ENTERQUEUE").field("").field(e.callerNumber()).field(e.position());
      case RING_NO_ANSWER -> start(e, agent, "RINGNOANSWER").field(e.ringMs());
      case RING_CANCELED -> start(e, agent, "RINGCANCELED").field(e.ringMs());
      case ANSWERED -> {
        long rangFrom = e.time() - e.ringMs();
        start(e, agent, "CONNECT")
            .field(seconds(e.time() - e.waitMs(), e.time()))
            .field(rangFrom / 1000 + "." + channels++)
            .field(e.ringMs() / 1000);
      }
      case ENDED -> {
        String event = e.endedBy() == EndedBy.AGENT ? "COMPLETEAGENT" : "COMPLETECALLER";
        talkFields(start(e, agent, event), e);
      }
      case TRANSFERRED ->
          talkFields(
              start(e, agent, "BLINDTRANSFER").field(e.transferTarget()).field(TRANSFER_CONTEXT),
              e);
      case ABANDONED -> leftFields(start(e, NONE, "ABANDON"), e);
      case TIMEOUT -> leftFields(start(e, NONE, "EXITWITHTIMEOUT"), e);
      case EXIT_EMPTY -> leftFields(start(e, NONE, "EXITEMPTY"), e);
      case EXIT_WITH_KEY -> leftFields(start(e, NONE, "EXITWITHKEY").field(e.exitKey()), e);
      default -> {
        return;
      }
    }
    end();
  }

  /** holdtime|calltime|origposition, where holdtime is the wait in the queue. */
  private void talkFields(QueueLogWriter w, SimulatedCallEvent e) {
    long answeredAt = e.time() - e.talkMs() - e.holdMs();
    w.field(seconds(answeredAt - e.waitMs(), answeredAt))
        .field(seconds(answeredAt, e.time()))
        .field(e.originalPosition());
  }

  /** position|origposition|waittime. */
  private void leftFields(QueueLogWriter w, SimulatedCallEvent e) {
    w.field(e.position())
        .field(e.originalPosition())
        .field(seconds(e.time() - e.waitMs(), e.time()));
  }

  @Override
  public void agent(SimulatedAgentEvent e) {
    String agent = "Agent/" + e.agentId();
    switch (e.type()) {
      case LOGIN -> {
        for (String queue : e.queues()) {
          start(e.time(), e.sessionId(), queue, agent, "ADDMEMBER").field("");
          end();
        }
        start(e.time(), e.sessionId(), NONE, agent, "AGENTLOGIN").field(channel(e));
        end();
      }
      case LOGOUT -> {
        for (String queue : e.queues()) {
          start(e.time(), e.sessionId(), queue, agent, "REMOVEMEMBER").field("");
          end();
        }
        start(e.time(), e.sessionId(), NONE, agent, "AGENTLOGOFF")
            .field(channel(e))
            .field(e.loggedInMs() / 1000);
        end();
      }
      case NOT_READY -> {
        for (String queue : e.queues()) {
          start(e.time(), NONE, queue, agent, "PAUSE").field(e.reason());
          end();
        }
      }
      case READY -> {
        for (String queue : e.queues()) {
          start(e.time(), NONE, queue, agent, "UNPAUSE").field("");
          end();
        }
      }
    }
  }

  /** The agent's phone channel, named the way Asterisk names a PJSIP channel. */
  private static String channel(SimulatedAgentEvent e) {
    return String.format("PJSIP/%s-%08x", e.agentId(), e.sessionId().hashCode());
  }

  /** Whole seconds between two millisecond times, as a switch with a one-second clock sees it. */
  private static long seconds(long fromMillis, long toMillis) {
    return toMillis / 1000 - fromMillis / 1000;
  }

  private QueueLogWriter start(SimulatedCallEvent e, String agent, String event) {
    return start(e.time(), e.callId(), e.queue(), agent, event);
  }

  private QueueLogWriter start(long time, String callId, String queue, String agent, String event) {
    line.setLength(0);
    line.append(time / 1000).append('|').append(callId).append('|').append(queue);
    line.append('|').append(agent).append('|').append(event);
    return this;
  }

  private QueueLogWriter field(String value) {
    line.append('|').append(value);
    return this;
  }

  private QueueLogWriter field(long value) {
    line.append('|').append(value);
    return this;
  }

  private QueueLogWriter field(char value) {
    line.append('|').append(value);
    return this;
  }

  private void end() {
    line.append('\n');
    try {
      out.append(line);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the queue_log", e);
    }
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the queue_log", e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the queue_log", e);
    }
  }
}
