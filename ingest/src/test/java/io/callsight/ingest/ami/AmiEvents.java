package io.callsight.ingest.ami;

import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.AgentRingNoAnswerEvent;
import org.asteriskjava.manager.event.AttendedTransferEvent;
import org.asteriskjava.manager.event.BlindTransferEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.HangupRequestEvent;
import org.asteriskjava.manager.event.HoldEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.MusicOnHoldStartEvent;
import org.asteriskjava.manager.event.MusicOnHoldStopEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueCallerLeaveEvent;
import org.asteriskjava.manager.event.QueueMemberPauseEvent;
import org.asteriskjava.manager.event.UnholdEvent;
import org.asteriskjava.manager.event.VarSetEvent;

/**
 * asterisk-java manager events as the library builds them from Asterisk 16–22 packets, with times
 * as seconds after {@link #T0}. Only the fields the mapper reads are set.
 */
final class AmiEvents {
  /** 2024-06-10T06:13:20Z, in seconds: the switch clock of the scripted calls. */
  static final long T0 = 1_718_000_000L;

  private static final Object CONNECTION = "test-connection";

  private AmiEvents() {}

  /** Epoch milliseconds of a time given as seconds after {@link #T0}. */
  static long ms(double second) {
    return Math.round((T0 + second) * 1000);
  }

  static <E extends ManagerEvent> E at(E event, double second) {
    event.setTimestamp(T0 + second);
    return event;
  }

  static QueueCallerJoinEvent join(
      String uniqueId, String queue, String callerNumber, int position, double second) {
    QueueCallerJoinEvent e = at(new QueueCallerJoinEvent(CONNECTION), second);
    e.setUniqueId(uniqueId);
    e.setLinkedId(uniqueId);
    e.setQueue(queue);
    e.setCallerIdNum(callerNumber);
    e.setPosition(position);
    e.setCount(position);
    return e;
  }

  static AgentCalledEvent called(
      String uniqueId, String queue, String memberInterface, String memberName, double second) {
    AgentCalledEvent e = at(new AgentCalledEvent(CONNECTION), second);
    e.setUniqueId(uniqueId);
    e.setLinkedId(uniqueId);
    e.setQueue(queue);
    e.setInterface(memberInterface);
    e.setMemberName(memberName);
    return e;
  }

  static AgentRingNoAnswerEvent ringNoAnswer(
      String uniqueId, String queue, String memberInterface, long ringMs, double second) {
    AgentRingNoAnswerEvent e = at(new AgentRingNoAnswerEvent(CONNECTION), second);
    e.setUniqueId(uniqueId);
    e.setQueue(queue);
    e.setInterface(memberInterface);
    e.setRingtime(ringMs);
    return e;
  }

  static QueueCallerLeaveEvent leave(String uniqueId, String queue, double second) {
    QueueCallerLeaveEvent e = at(new QueueCallerLeaveEvent(CONNECTION), second);
    e.setUniqueId(uniqueId);
    e.setQueue(queue);
    return e;
  }

  static AgentConnectEvent connect(
      String uniqueId,
      String queue,
      String memberInterface,
      String memberChannelId,
      long holdSeconds,
      long ringSeconds,
      double second) {
    AgentConnectEvent e = at(new AgentConnectEvent(CONNECTION), second);
    e.setUniqueId(uniqueId);
    e.setLinkedId(uniqueId);
    e.setQueue(queue);
    e.setInterface(memberInterface);
    e.setDestUniqueId(memberChannelId);
    e.setDestLinkedId(uniqueId);
    e.setHoldTime(holdSeconds);
    e.setRingtime(ringSeconds);
    return e;
  }

  static AgentCompleteEvent complete(
      String uniqueId,
      String queue,
      String memberInterface,
      long holdSeconds,
      long talkSeconds,
      String reason,
      double second) {
    AgentCompleteEvent e = at(new AgentCompleteEvent(CONNECTION), second);
    e.setUniqueId(uniqueId);
    e.setQueue(queue);
    e.setInterface(memberInterface);
    e.setHoldTime(holdSeconds);
    e.setTalkTime(talkSeconds);
    e.setReason(reason);
    return e;
  }

  static QueueCallerAbandonEvent abandon(
      String uniqueId, String queue, int holdSeconds, double second) {
    QueueCallerAbandonEvent e = at(new QueueCallerAbandonEvent(CONNECTION), second);
    e.setUniqueId(uniqueId);
    e.setQueue(queue);
    e.setHoldTime(holdSeconds);
    e.setPosition(1);
    e.setOriginalPosition(1);
    return e;
  }

  static HangupRequestEvent hangupRequest(String uniqueId, double second) {
    HangupRequestEvent e = at(new HangupRequestEvent(CONNECTION), second);
    e.setUniqueId(uniqueId);
    return e;
  }

  static HangupEvent hangup(String uniqueId, double second) {
    HangupEvent e = at(new HangupEvent(CONNECTION), second);
    e.setUniqueId(uniqueId);
    e.setCause(16);
    return e;
  }

  static VarSetEvent queueStatus(String uniqueId, String status, double second) {
    VarSetEvent e = at(new VarSetEvent(CONNECTION), second);
    e.setUniqueId(uniqueId);
    e.setVariable("QUEUESTATUS");
    e.setValue(status);
    return e;
  }

  /** Hold as Asterisk 12+ raises it: on the channel whose phone pressed hold. */
  static HoldEvent hold(String channelId, String linkedId, double second) {
    HoldEvent e = at(new HoldEvent(CONNECTION), second);
    e.setUniqueId(channelId);
    e.setLinkedId(linkedId);
    return e;
  }

  static UnholdEvent unhold(String channelId, String linkedId, double second) {
    UnholdEvent e = at(new UnholdEvent(CONNECTION), second);
    e.setUniqueId(channelId);
    e.setLinkedId(linkedId);
    return e;
  }

  static MusicOnHoldStartEvent musicOnHoldStart(String channelId, double second) {
    MusicOnHoldStartEvent e = at(new MusicOnHoldStartEvent(CONNECTION), second);
    e.setUniqueId(channelId);
    e.setLinkedId(channelId);
    return e;
  }

  static MusicOnHoldStopEvent musicOnHoldStop(String channelId, double second) {
    MusicOnHoldStopEvent e = at(new MusicOnHoldStopEvent(CONNECTION), second);
    e.setUniqueId(channelId);
    e.setLinkedId(channelId);
    return e;
  }

  static BlindTransferEvent blindTransfer(
      String transfererId, String transfereeId, String extension, double second) {
    BlindTransferEvent e = at(new BlindTransferEvent(CONNECTION), second);
    e.setResult("Success");
    e.setTransfererUniqueId(transfererId);
    e.setTransfereeUniqueId(transfereeId);
    e.setTransfereeLinkedId(transfereeId);
    e.setExtension(extension);
    e.setIsexternal("No");
    return e;
  }

  static AttendedTransferEvent attendedTransfer(
      String origTransfererId, String transfereeId, String targetNumber, double second) {
    AttendedTransferEvent e = at(new AttendedTransferEvent(CONNECTION), second);
    e.setResult("Success");
    e.setOrigTransfererUniqueid(origTransfererId);
    e.setTransfereeUniqueid(transfereeId);
    e.setSecondTransfererExten(targetNumber);
    e.setTransferTargetCallerIDNum(targetNumber);
    e.setDestType("Bridge");
    return e;
  }

  /** As asterisk-java fills a QueueMemberPause packet: PausedReason lands in its own setter. */
  static QueueMemberPauseEvent pause(
      String queue, String memberInterface, boolean paused, String reason, double second) {
    QueueMemberPauseEvent e = at(new QueueMemberPauseEvent(CONNECTION), second);
    e.setQueue(queue);
    e.setInterface(memberInterface);
    e.setMemberName("Alice Wong");
    e.setPaused(paused);
    e.setPausedreason(reason);
    return e;
  }
}
