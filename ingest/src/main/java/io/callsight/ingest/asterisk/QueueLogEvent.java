package io.callsight.ingest.asterisk;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The events Asterisk's app_queue, agent modules and logger write to queue_log, from 1.4 to 22.
 * Anything else in a queue_log was written by the dialplan or a PBX add-on.
 */
enum QueueLogEvent {
  ENTERQUEUE,
  RINGNOANSWER,
  RINGCANCELED,
  CONNECT,
  COMPLETECALLER,
  COMPLETEAGENT,
  ABANDON,
  EXITWITHTIMEOUT,
  EXITWITHKEY,
  EXITEMPTY,
  TRANSFER,
  BLINDTRANSFER,
  ATTENDEDTRANSFER,
  AGENTLOGIN,
  AGENTCALLBACKLOGIN,
  AGENTLOGOFF,
  AGENTCALLBACKLOGOFF,
  ADDMEMBER,
  REMOVEMEMBER,
  PAUSE,
  UNPAUSE,
  PAUSEALL,
  UNPAUSEALL,
  // The rest carry nothing for call or agent analytics.
  /** The queue system started. */
  QUEUESTART,
  /** The configuration was reloaded. */
  CONFIGRELOAD,
  /** An answered call was dropped because the two channels could not be bridged. */
  SYSCOMPAT,
  /** The agent hung up while the caller heard the member announcement. */
  AGENTDUMP,
  /** The number the caller dialled, written by the dialplan before Queue(). */
  DID,
  /** Free-form information written by the dialplan. */
  INFO,
  /** A member's penalty changed. */
  PENALTY,
  /** A member's ring-in-use setting changed. */
  RINGINUSE,
  /** A caller was withdrawn from the queue by the manager interface (Asterisk 16.25+). */
  WITHDRAW,
  /** An outbound call reported with QueueUpdate() (Asterisk 15+). */
  OUTCALL;

  private static final Map<String, QueueLogEvent> BY_NAME =
      Arrays.stream(values()).collect(Collectors.toMap(Enum::name, Function.identity()));

  static Optional<QueueLogEvent> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }
}
