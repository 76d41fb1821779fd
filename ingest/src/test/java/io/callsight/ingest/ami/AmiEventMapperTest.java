package io.callsight.ingest.ami;

import static io.callsight.ingest.ami.AmiEvents.abandon;
import static io.callsight.ingest.ami.AmiEvents.at;
import static io.callsight.ingest.ami.AmiEvents.attendedTransfer;
import static io.callsight.ingest.ami.AmiEvents.blindTransfer;
import static io.callsight.ingest.ami.AmiEvents.called;
import static io.callsight.ingest.ami.AmiEvents.complete;
import static io.callsight.ingest.ami.AmiEvents.connect;
import static io.callsight.ingest.ami.AmiEvents.hangup;
import static io.callsight.ingest.ami.AmiEvents.hangupRequest;
import static io.callsight.ingest.ami.AmiEvents.hold;
import static io.callsight.ingest.ami.AmiEvents.join;
import static io.callsight.ingest.ami.AmiEvents.leave;
import static io.callsight.ingest.ami.AmiEvents.ms;
import static io.callsight.ingest.ami.AmiEvents.musicOnHoldStart;
import static io.callsight.ingest.ami.AmiEvents.musicOnHoldStop;
import static io.callsight.ingest.ami.AmiEvents.pause;
import static io.callsight.ingest.ami.AmiEvents.queueStatus;
import static io.callsight.ingest.ami.AmiEvents.ringNoAnswer;
import static io.callsight.ingest.ami.AmiEvents.unhold;
import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.AgentEventType;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import io.callsight.schemas.CallerIds;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.DeadLetterReason;
import io.callsight.schemas.EndedBy;
import io.callsight.schemas.TransferKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.asteriskjava.manager.event.AgentLoginEvent;
import org.asteriskjava.manager.event.AgentLogoffEvent;
import org.asteriskjava.manager.event.HoldEvent;
import org.asteriskjava.manager.event.JoinEvent;
import org.asteriskjava.manager.event.LeaveEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.MusicOnHoldEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.QueueEntryEvent;
import org.asteriskjava.manager.event.QueueMemberAddedEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.QueueMemberPausedEvent;
import org.asteriskjava.manager.event.QueueMemberRemovedEvent;
import org.asteriskjava.manager.event.TransferEvent;
import org.junit.jupiter.api.Test;

class AmiEventMapperTest {
  private static final CallerIds CALLER_IDS = CallerIds.withKey("callsight-test-key-0001");
  private static final String CALLER = "+86 138-0013-8000";
  private static final String CALLER_ID = CALLER_IDS.hash(CALLER);
  private static final String CALL = "1718000000.101";
  private static final Duration TTL = Duration.ofHours(4);
  private static final Duration EXIT_WAIT = Duration.ofSeconds(10);

  /** The adapter's own clock: it received every event a little after the switch raised it. */
  private static final long RECEIVED = ms(1000);

  private final AmiEventMapper mapper =
      new AmiEventMapper(CALLER_IDS, "ami://test:5038", TTL, EXIT_WAIT);

  @Test
  void aQueueCallFromJoinToCompleteBecomesItsWholeStory() {
    List<CallEvent> events =
        calls(
            join(CALL, "support", CALLER, 2, 0),
            called(CALL, "support", "PJSIP/1127", "Alice Wong", 1),
            ringNoAnswer(CALL, "support", "PJSIP/1127", 15_000, 16),
            called(CALL, "support", "Local/1128@from-queue/n", "Bob Li", 21),
            leave(CALL, "support", 25),
            connect(CALL, "support", "Local/1128@from-queue/n", "1718000000.104", 25, 4, 25),
            // The agent's phone sits behind the Local channel: only the Linkedid leads to the call.
            hold("1718000000.106", CALL, 60),
            musicOnHoldStart(CALL, 60.02),
            unhold("1718000000.106", CALL, 90.5),
            musicOnHoldStop(CALL, 90.52),
            complete(CALL, "support", "Local/1128@from-queue/n", 25, 185, "agent", 210));

    assertThat(events)
        .containsExactly(
            event(CallEventType.QUEUED, 0, null)
                .eventId("ami:" + CALL + ":QUEUED:support")
                .position(2)
                .build(),
            event(CallEventType.RINGING, 1, "1127").build(),
            event(CallEventType.RING_NO_ANSWER, 16, "1127").ringMs(15_000L).build(),
            event(CallEventType.RINGING, 21, "1128").build(),
            event(CallEventType.ANSWERED, 25, "1128").waitMs(25_000L).ringMs(4_000L).build(),
            event(CallEventType.HOLD_START, 60, "1128").build(),
            event(CallEventType.HOLD_END, 90.5, "1128").holdMs(30_500L).build(),
            event(CallEventType.ENDED, 210, "1128")
                .waitMs(25_000L)
                .talkMs(185_000L - 30_500L)
                .holdMs(30_500L)
                .endedBy(EndedBy.AGENT)
                .build());
    assertThat(events.get(1).eventId()).isEqualTo("ami:" + CALL + ":RINGING:1127:" + ms(1));
    assertThat(mapper.trackedCalls()).isZero();
  }

  @Test
  void aCallerWhoHangsUpWhileWaitingIsAbandonedAtOnce() {
    List<CallEvent> events =
        calls(
            join(CALL, "support", CALLER, 1, 0),
            hangupRequest(CALL, 9),
            abandon(CALL, "support", 9, 9.01),
            leave(CALL, "support", 9.01),
            hangup(CALL, 9.05));

    assertThat(events)
        .containsExactly(
            event(CallEventType.QUEUED, 0, null)
                .eventId("ami:" + CALL + ":QUEUED:support")
                .position(1)
                .build(),
            event(CallEventType.ABANDONED, 9.01, null).waitMs(9_000L).build());
    assertThat(mapper.trackedCalls()).isZero();
  }

  @Test
  void anAbandonIsConfirmedByTheCallersHangupWhenNoHangupRequestWasSeen() {
    List<CallEvent> events =
        calls(
            join(CALL, "support", CALLER, 1, 0),
            abandon(CALL, "support", 12, 12),
            leave(CALL, "support", 12),
            hangup(CALL, 12.1));

    assertThat(events)
        .extracting(CallEvent::type)
        .containsExactly(CallEventType.QUEUED, CallEventType.ABANDONED);
    assertThat(events.get(1).eventTime()).isEqualTo(ms(12));
    assertThat(events.get(1).waitMs()).isEqualTo(12_000L);
  }

  @Test
  void aQueueTimeoutIsNotCountedAsAbandonedThoughAsteriskRaisesQueueCallerAbandon() {
    List<CallEvent> events =
        calls(
            join(CALL, "support", CALLER, 1, 0),
            abandon(CALL, "support", 300, 300),
            leave(CALL, "support", 300),
            queueStatus(CALL, "TIMEOUT", 300),
            hangup(CALL, 340));

    assertThat(events)
        .containsExactly(
            event(CallEventType.QUEUED, 0, null)
                .eventId("ami:" + CALL + ":QUEUED:support")
                .position(1)
                .build(),
            event(CallEventType.TIMEOUT, 300, null).waitMs(300_000L).build());
  }

  @Test
  void leavingBecauseNoAgentIsLoggedInIsAnEmptyQueueExit() {
    List<CallEvent> events =
        calls(
            join(CALL, "support", CALLER, 1, 0),
            abandon(CALL, "support", 20, 20),
            leave(CALL, "support", 20),
            queueStatus(CALL, "LEAVEEMPTY", 20));

    assertThat(events.get(1))
        .isEqualTo(event(CallEventType.EXIT_EMPTY, 20, null).waitMs(20_000L).build());
  }

  @Test
  void leavingWithoutAnswerOrAbandonIsAKeyPressExitOnceTheReasonWaitIsOver() {
    calls(join(CALL, "support", CALLER, 1, 0), leave(CALL, "support", 33));

    assertThat(mapper.expire(RECEIVED + EXIT_WAIT.toMillis() - 1).isEmpty()).isTrue();
    assertThat(mapper.expire(RECEIVED + EXIT_WAIT.toMillis()).calls())
        .containsExactly(event(CallEventType.EXIT_WITH_KEY, 33, null).waitMs(33_000L).build());
    assertThat(mapper.trackedCalls()).isZero();
  }

  @Test
  void anAbandonWithNoFurtherEvidenceCountsAsAsteriskCountsIt() {
    calls(
        join(CALL, "support", CALLER, 1, 0),
        abandon(CALL, "support", 7, 7),
        leave(CALL, "support", 7));

    assertThat(mapper.expire(RECEIVED + EXIT_WAIT.toMillis()).calls())
        .containsExactly(event(CallEventType.ABANDONED, 7, null).waitMs(7_000L).build());
  }

  @Test
  void theLeaveBeforeAnAnswerIsNoExit() {
    calls(
        join(CALL, "support", CALLER, 1, 0),
        leave(CALL, "support", 5),
        connect(CALL, "support", "PJSIP/1127", "1718000000.102", 5, 3, 5));

    assertThat(mapper.expire(RECEIVED + EXIT_WAIT.toMillis() * 10).isEmpty()).isTrue();
    assertThat(mapper.trackedCalls()).isEqualTo(1);
  }

  @Test
  void musicOnHoldWhileWaitingInTheQueueIsNoHold() {
    List<CallEvent> events =
        calls(
            join(CALL, "support", CALLER, 1, 0),
            musicOnHoldStart(CALL, 0.1),
            musicOnHoldStop(CALL, 4.9),
            leave(CALL, "support", 5),
            connect(CALL, "support", "PJSIP/1127", "1718000000.102", 5, 3, 5));

    assertThat(events)
        .extracting(CallEvent::type)
        .containsExactly(CallEventType.QUEUED, CallEventType.ANSWERED);
  }

  @Test
  void aBlindTransferDuringAHoldEndsTheTalkWithTheTargetAndTheHoldSoFar() {
    String agentLeg = "1718000000.102";
    List<CallEvent> events =
        calls(
            join(CALL, "support", CALLER, 1, 0),
            leave(CALL, "support", 10),
            connect(CALL, "support", "SIP/1127", agentLeg, 10, 2, 10),
            hold(agentLeg, CALL, 40),
            blindTransfer(agentLeg, CALL, "2000", 50),
            complete(CALL, "support", "SIP/1127", 10, 40, "transfer", 50));

    assertThat(events.subList(2, events.size()))
        .containsExactly(
            event(CallEventType.HOLD_START, 40, "1127").build(),
            event(CallEventType.TRANSFERRED, 50, "1127")
                .waitMs(10_000L)
                .talkMs(30_000L)
                .holdMs(10_000L)
                .transferKind(TransferKind.BLIND)
                .transferTarget("2000")
                .build());
    assertThat(mapper.trackedCalls()).isZero();
  }

  @Test
  void aCallTransferredIntoAnotherQueueStartsANewVisitThere() {
    String agentLeg = "1718000000.102";
    List<CallEvent> events =
        calls(
            join(CALL, "support", CALLER, 1, 0),
            connect(CALL, "support", "PJSIP/1127", agentLeg, 4, 2, 4),
            blindTransfer(agentLeg, CALL, "500", 30),
            join(CALL, "sales", CALLER, 1, 30.2),
            // app_queue's AgentComplete for the first visit may come after the caller queued again.
            complete(CALL, "support", "PJSIP/1127", 4, 26, "transfer", 30.3),
            leave(CALL, "sales", 41),
            connect(CALL, "sales", "PJSIP/1130", "1718000030.110", 11, 5, 41),
            complete(CALL, "sales", "PJSIP/1130", 11, 60, "caller", 101));

    assertThat(events)
        .extracting(e -> e.type() + " " + e.queue() + " " + e.agentId())
        .containsExactly(
            "QUEUED support null",
            "ANSWERED support 1127",
            "TRANSFERRED support 1127",
            "QUEUED sales null",
            "ANSWERED sales 1130",
            "ENDED sales 1130");
    assertThat(events.get(3).eventId()).isEqualTo("ami:" + CALL + ":QUEUED:sales");
    assertThat(events.get(5).talkMs()).isEqualTo(60_000L);
    assertThat(mapper.trackedCalls()).isZero();
  }

  @Test
  void anAttendedTransferNamesTheConsultedTarget() {
    String agentLeg = "1718000000.102";
    List<CallEvent> events =
        calls(
            join(CALL, "support", CALLER, 1, 0),
            connect(CALL, "support", "PJSIP/1127", agentLeg, 4, 2, 4),
            attendedTransfer(agentLeg, CALL, "3001", 64),
            complete(CALL, "support", "PJSIP/1127", 4, 60, "transfer", 64.2));

    assertThat(events.get(events.size() - 1))
        .isEqualTo(
            event(CallEventType.TRANSFERRED, 64, "1127")
                .waitMs(4_000L)
                .talkMs(60_000L)
                .holdMs(0L)
                .transferKind(TransferKind.ATTENDED)
                .transferTarget("3001")
                .build());
    assertThat(events).hasSize(3);
  }

  @Test
  void aTransferSeenOnlyInAgentCompleteIsATransferOfUnknownKind() {
    List<CallEvent> events =
        calls(
            join(CALL, "support", CALLER, 1, 0),
            connect(CALL, "support", "PJSIP/1127", "1718000000.102", 4, 2, 4),
            complete(CALL, "support", "PJSIP/1127", 4, 60, "transfer", 64));

    assertThat(events.get(2))
        .isEqualTo(
            event(CallEventType.TRANSFERRED, 64, "1127")
                .waitMs(4_000L)
                .talkMs(60_000L)
                .holdMs(0L)
                .transferKind(TransferKind.UNKNOWN)
                .build());
  }

  @Test
  void aCompleteForACallNeverSeenIsMappedFromItsOwnFields() {
    List<CallEvent> events = calls(complete(CALL, "support", "PJSIP/1127", 30, 95, "caller", 400));

    assertThat(events)
        .containsExactly(
            CallEvent.builder(
                    "ami:" + CALL + ":ENDED:1127:" + ms(400),
                    CALL,
                    ms(400),
                    CallEventType.ENDED,
                    "asterisk-ami")
                .queue("support")
                .agentId("1127")
                .waitMs(30_000L)
                .talkMs(95_000L)
                .endedBy(EndedBy.CALLER)
                .build());
  }

  @Test
  void olderAsteriskEventsTellTheSameStory() {
    JoinEvent join = at(new JoinEvent(this), 0);
    join.setUniqueId(CALL);
    join.setQueue("support");
    join.setCallerId(CALLER);
    join.setPosition(1);
    LeaveEvent leave = at(new LeaveEvent(this), 8);
    leave.setUniqueId(CALL);
    leave.setQueue("support");
    HoldEvent holdOn = at(new HoldEvent(this), 20);
    holdOn.setUniqueId("1718000000.102");
    holdOn.setStatus(true);
    MusicOnHoldEvent moh = at(new MusicOnHoldEvent(this), 20.01);
    moh.setUniqueId(CALL);
    moh.setState(MusicOnHoldEvent.STATE_START);
    HoldEvent holdOff = at(new HoldEvent(this), 26);
    holdOff.setUniqueId("1718000000.102");
    holdOff.setStatus(false);
    TransferEvent transfer = at(new TransferEvent(this), 40);
    transfer.setUniqueId("1718000000.102");
    transfer.setTargetUniqueId(CALL);
    transfer.setTransferType(TransferEvent.TRANSFER_TYPE_BLIND);
    transfer.setTransferExten("2000");

    List<CallEvent> events =
        calls(
            join,
            leave,
            connect(CALL, "support", "SIP/1127", "1718000000.102", 8, 1, 8),
            holdOn,
            moh,
            holdOff,
            transfer);

    assertThat(events)
        .containsExactly(
            event(CallEventType.QUEUED, 0, null)
                .eventId("ami:" + CALL + ":QUEUED:support")
                .position(1)
                .build(),
            event(CallEventType.ANSWERED, 8, "1127").waitMs(8_000L).ringMs(1_000L).build(),
            event(CallEventType.HOLD_START, 20, "1127").build(),
            event(CallEventType.HOLD_END, 26, "1127").holdMs(6_000L).build(),
            event(CallEventType.TRANSFERRED, 40, "1127")
                .waitMs(8_000L)
                .talkMs(26_000L)
                .holdMs(6_000L)
                .transferKind(TransferKind.BLIND)
                .transferTarget("2000")
                .build());
  }

  @Test
  void pausingAndUnpausingAMemberMakesItNotReadyWithTheReasonThenReady() {
    List<AgentEvent> events =
        agents(
            pause("support", "PJSIP/1127", true, "Lunch", 100),
            pause("support", "PJSIP/1127", false, "", 1900));

    assertThat(events)
        .containsExactly(
            new AgentEvent(
                "ami:1127:NOT_READY:support:" + ms(100),
                "1127",
                ms(100),
                AgentEventType.NOT_READY,
                "support",
                "Lunch",
                "asterisk-ami"),
            new AgentEvent(
                "ami:1127:READY:support:" + ms(1900),
                "1127",
                ms(1900),
                AgentEventType.READY,
                "support",
                null,
                "asterisk-ami"));
  }

  @Test
  void olderAsteriskPausesCarryTheirReasonInReason() {
    QueueMemberPausedEvent paused = at(new QueueMemberPausedEvent(this), 5);
    paused.setQueue("sales");
    paused.setInterface("SIP/1127");
    paused.setPaused(true);
    paused.setReason("Training");

    assertThat(agents(paused))
        .containsExactly(agent(AgentEventType.NOT_READY, 5, "sales", "Training"));
  }

  @Test
  void addingAndRemovingAMemberLogsItInAndOutOfThatQueue() {
    QueueMemberAddedEvent added = at(new QueueMemberAddedEvent(this), 10);
    added.setQueue("sales");
    added.setInterface("PJSIP/1127");
    added.setMemberName("Alice Wong");
    added.setPaused(false);
    QueueMemberAddedEvent addedPaused = at(new QueueMemberAddedEvent(this), 11);
    addedPaused.setQueue("support");
    addedPaused.setInterface("PJSIP/1127");
    addedPaused.setPaused(true);
    addedPaused.setPausedReason("Meeting");
    QueueMemberRemovedEvent removed = at(new QueueMemberRemovedEvent(this), 3600);
    removed.setQueue("sales");
    removed.setInterface("PJSIP/1127");

    assertThat(agents(added, addedPaused, removed))
        .containsExactly(
            agent(AgentEventType.LOGIN, 10, "sales", null),
            agent(AgentEventType.READY, 10, "sales", null),
            agent(AgentEventType.LOGIN, 11, "support", null),
            agent(AgentEventType.NOT_READY, 11, "support", "Meeting"),
            agent(AgentEventType.LOGOUT, 3600, "sales", null));
  }

  @Test
  void agentChannelLoginsApplyToEveryQueue() {
    AgentLoginEvent login = at(new AgentLoginEvent(this), 1);
    login.setAgent("1127");
    AgentLogoffEvent logoff = at(new AgentLogoffEvent(this), 2);
    logoff.setAgent("1127");

    assertThat(agents(login, logoff))
        .containsExactly(
            agent(AgentEventType.LOGIN, 1, null, null),
            agent(AgentEventType.LOGOUT, 2, null, null));
  }

  @Test
  void theQueueStatusAnswerGivesWhoIsStaffedNowAndWhoIsWaiting() {
    QueueMemberEvent ready = new QueueMemberEvent(this);
    ready.setQueue("support");
    ready.setInterface("Local/1127@from-queue/n");
    ready.setName("Alice Wong");
    ready.setPaused(false);
    QueueMemberEvent paused = new QueueMemberEvent(this);
    paused.setQueue("support");
    paused.setInterface("PJSIP/1128");
    paused.setPaused(true);
    paused.setPausedreason("Coaching");
    QueueEntryEvent waiting = new QueueEntryEvent(this);
    waiting.setQueue("support");
    waiting.setUniqueId(CALL);
    waiting.setCallerIdNum(CALLER);
    waiting.setPosition(1);
    waiting.setWait(42L);

    AmiMapping staffing = map(ready).plus(map(paused)).plus(map(waiting));

    assertThat(staffing.agents())
        .containsExactly(
            new AgentEvent(
                "ami:1127:LOGIN:support:" + RECEIVED,
                "1127",
                RECEIVED,
                AgentEventType.LOGIN,
                "support",
                null,
                "asterisk-ami"),
            new AgentEvent(
                "ami:1127:READY:support:" + RECEIVED,
                "1127",
                RECEIVED,
                AgentEventType.READY,
                "support",
                null,
                "asterisk-ami"),
            new AgentEvent(
                "ami:1128:LOGIN:support:" + RECEIVED,
                "1128",
                RECEIVED,
                AgentEventType.LOGIN,
                "support",
                null,
                "asterisk-ami"),
            new AgentEvent(
                "ami:1128:NOT_READY:support:" + RECEIVED,
                "1128",
                RECEIVED,
                AgentEventType.NOT_READY,
                "support",
                "Coaching",
                "asterisk-ami"));
    assertThat(staffing.calls())
        .containsExactly(
            CallEvent.builder(
                    "ami:" + CALL + ":QUEUED:support",
                    CALL,
                    RECEIVED - 42_000,
                    CallEventType.QUEUED,
                    "asterisk-ami")
                .queue("support")
                .callerId(CALLER_ID)
                .position(1)
                .build());
    assertThat(map(waiting).isEmpty()).as("a call already known is not queued twice").isTrue();
  }

  @Test
  void eventsWithoutATimestampHeaderAreTimedWhenReceived() {
    var join = join(CALL, "support", CALLER, 1, 0);
    join.setTimestamp(null);

    assertThat(map(join).calls().get(0).eventTime()).isEqualTo(RECEIVED);
  }

  @Test
  void aCallWithoutUniqueidIsDeadLetteredWithTheEvent() {
    var join = join(null, "support", CALLER, 1, 0);

    AmiMapping mapping = map(join);

    assertThat(mapping.calls()).isEmpty();
    DeadLetter dead = mapping.deadLetters().get(0);
    assertThat(dead.source()).isEqualTo("asterisk-ami");
    assertThat(dead.reasonCode()).isEqualTo(DeadLetterReason.INVALID);
    assertThat(dead.reason()).isEqualTo("QueueCallerJoin has no Uniqueid");
    assertThat(dead.payload()).contains("QueueCallerJoinEvent", "queue='support'");
    assertThat(dead.location()).isEqualTo("ami://test:5038");
  }

  @Test
  void aRingForNoNamedMemberIsDeadLettered() {
    AmiMapping mapping = map(called(CALL, "support", "", "NONE", 1));

    assertThat(mapping.deadLetters())
        .extracting(DeadLetter::reason)
        .containsExactly("AgentCalled names no queue member (Interface and MemberName are empty)");
  }

  @Test
  void aPauseThatSaysNeitherPausedNorUnpausedIsDeadLettered() {
    var pause = pause("support", "PJSIP/1127", true, null, 1);
    pause.setPaused(null);

    assertThat(map(pause).deadLetters())
        .extracting(DeadLetter::reason)
        .containsExactly("QueueMemberPause has no Paused");
  }

  @Test
  void aNegativeDurationFromTheSwitchIsDeadLetteredNotThrown() {
    AmiMapping mapping = map(connect(CALL, "support", "PJSIP/1127", "1718000000.102", -3, 2, 4));

    assertThat(mapping.deadLetters())
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.reason())
                    .startsWith("could not map AgentConnect: waitMs must not be negative"));
  }

  @Test
  void eventsAboutNoQueueCallAreIgnored() {
    NewChannelEvent channel = new NewChannelEvent(this);
    channel.setUniqueId("1718000000.900");

    assertThat(map(channel).isEmpty()).isTrue();
    assertThat(map(hold("1718000000.900", "1718000000.900", 3)).isEmpty()).isTrue();
    assertThat(mapper.trackedCalls()).isZero();
  }

  @Test
  void aCallThatNeverEndsIsForgottenAndDeadLetteredAfterTheTtl() {
    calls(
        join(CALL, "support", CALLER, 1, 0),
        connect(CALL, "support", "PJSIP/1127", "1718000000.102", 3, 1, 3));

    assertThat(mapper.expire(RECEIVED + TTL.toMillis() - 1).isEmpty()).isTrue();
    AmiMapping expired = mapper.expire(RECEIVED + TTL.toMillis());

    assertThat(expired.deadLetters())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.reasonCode()).isEqualTo(DeadLetterReason.CALL_NEVER_ENDED);
              assertThat(d.payload()).contains(CALL, "queue=support", "agent=1127");
            });
    assertThat(mapper.trackedCalls()).isZero();
    assertThat(map(hold("1718000000.102", CALL, 5)).isEmpty())
        .as("its aliases are gone too")
        .isTrue();
  }

  private AmiMapping map(ManagerEvent event) {
    return mapper.map(event, RECEIVED);
  }

  private List<CallEvent> calls(ManagerEvent... events) {
    List<CallEvent> out = new ArrayList<>();
    for (ManagerEvent e : events) {
      AmiMapping m = map(e);
      assertThat(m.deadLetters()).as("dead letters for %s", e).isEmpty();
      out.addAll(m.calls());
    }
    return out;
  }

  private List<AgentEvent> agents(ManagerEvent... events) {
    List<AgentEvent> out = new ArrayList<>();
    for (ManagerEvent e : events) {
      AmiMapping m = map(e);
      assertThat(m.deadLetters()).as("dead letters for %s", e).isEmpty();
      out.addAll(m.agents());
    }
    return out;
  }

  /** The event the mapper should write for {@link #CALL} in queue support. */
  private static CallEvent.Builder event(CallEventType type, double second, String agentId) {
    String id =
        "ami:" + CALL + ":" + type + (agentId == null ? "" : ":" + agentId) + ":" + ms(second);
    return CallEvent.builder(id, CALL, ms(second), type, "asterisk-ami")
        .queue("support")
        .agentId(agentId)
        .callerId(CALLER_ID);
  }

  private static AgentEvent agent(AgentEventType type, double second, String queue, String reason) {
    String id = "ami:1127:" + type + ":" + (queue == null ? "*" : queue) + ":" + ms(second);
    return new AgentEvent(id, "1127", ms(second), type, queue, reason, "asterisk-ami");
  }
}
