package io.callsight.schemas;

import java.util.List;

/** One fully filled and one minimal record per topic. */
final class SampleRecords {
  private SampleRecords() {}

  static final String CALLER = CallerIds.withKey("test-key-0123456789").hash("+86 138 0000 0000");

  static List<Object> of(Topic topic) {
    return switch (topic) {
      case CALL_EVENTS ->
          List.of(
              CallEvent.builder("e1", "c1", 1_700_000_000_000L, CallEventType.QUEUED, "test")
                  .queue("sales")
                  .callerId(CALLER)
                  .position(1)
                  .build(),
              CallEvent.builder("e2", "c1", 1_700_000_012_000L, CallEventType.TRANSFERRED, "test")
                  .queue("sales")
                  .agentId("1127")
                  .callerId(CALLER)
                  .direction(Direction.OUTBOUND)
                  .waitMs(12_000L)
                  .ringMs(3_000L)
                  .talkMs(60_000L)
                  .holdMs(5_000L)
                  .wrapupMs(0L)
                  .position(2)
                  .endedBy(EndedBy.AGENT)
                  .transferKind(TransferKind.BLIND)
                  .transferTarget("2000@default")
                  .disposition("resolved")
                  .caseEntered(true)
                  .build(),
              CallEvent.builder("e3", "c1", 1_700_000_090_000L, CallEventType.HOLD_START, "test")
                  .build());
      case AGENT_EVENTS ->
          List.of(
              new AgentEvent(
                  "a1", "1127", 1_700_000_000_000L, AgentEventType.LOGIN, null, null, "test"),
              new AgentEvent(
                  "a2",
                  "1127",
                  1_700_000_000_500L,
                  AgentEventType.NOT_READY,
                  "sales",
                  "lunch",
                  "test"));
      case QUEUE_KPI ->
          List.of(
              new QueueKpi(
                  "sales",
                  "2024-01-01T00:00:00Z",
                  "2024-01-01T00:15:00Z",
                  1,
                  20,
                  ServiceLevelFormula.DEFAULT,
                  10,
                  8,
                  1,
                  1,
                  0,
                  0,
                  0,
                  0,
                  7,
                  0,
                  0.875,
                  64.0,
                  8.0,
                  6.0,
                  18.0,
                  40.0,
                  25.0,
                  8,
                  960.0,
                  30.0,
                  80.0,
                  120.0,
                  15.0,
                  10.0,
                  133.75,
                  0.111,
                  1,
                  0.125,
                  2,
                  3,
                  0.25,
                  1,
                  0.1,
                  4,
                  1_700_000_000_000L),
              new QueueKpi(
                  "empty",
                  "2024-01-01T00:00:00Z",
                  "2024-01-01T00:15:00Z",
                  0,
                  15,
                  ServiceLevelFormula.ANSWERED_WITHIN_T_OVER_OFFERED,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  null,
                  0,
                  null,
                  null,
                  null,
                  null,
                  0,
                  0,
                  0,
                  0,
                  0,
                  null,
                  null,
                  null,
                  null,
                  null,
                  0,
                  null,
                  0,
                  0,
                  null,
                  0,
                  null,
                  0,
                  1_700_000_000_000L));
      case AGENT_KPI ->
          List.of(
              new AgentKpi(
                  "1127",
                  "2024-01-01T00:00:00Z",
                  "2024-01-01T00:15:00Z",
                  0,
                  3,
                  3,
                  400,
                  20,
                  60,
                  480,
                  160.0,
                  300,
                  60,
                  840,
                  0.615,
                  0.571,
                  1,
                  0,
                  1,
                  2,
                  0.667,
                  1_700_000_000_000L),
              new AgentKpi(
                  "1141",
                  "2024-01-01T00:00:00Z",
                  "2024-01-01T00:15:00Z",
                  2,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  null,
                  0,
                  0,
                  0,
                  null,
                  null,
                  0,
                  0,
                  0,
                  0,
                  null,
                  1_700_000_000_000L));
      case QUEUE_SNAPSHOT ->
          List.of(
              new QueueSnapshot(
                  "sales",
                  1_700_000_000_000L,
                  1_699_999_999_000L,
                  3,
                  42.5,
                  5,
                  1,
                  3,
                  1,
                  0,
                  "2024-01-01T00:00:00Z",
                  10,
                  8,
                  1,
                  0.8,
                  12.0,
                  0.1,
                  "2024-01-01T00:00:00Z",
                  100,
                  90,
                  5,
                  0.85,
                  10.0,
                  0.05,
                  0.8,
                  20,
                  120.0,
                  180.0,
                  9),
              new QueueSnapshot(
                  "idle",
                  1_700_000_000_000L,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  "2024-01-01T00:00:00Z",
                  0,
                  0,
                  0,
                  null,
                  null,
                  null,
                  "2024-01-01T00:00:00Z",
                  0,
                  0,
                  0,
                  null,
                  null,
                  null,
                  0.8,
                  20,
                  0,
                  null,
                  null));
      case ALERTS ->
          List.of(
              new Alert(
                  "sales:SERVICE_LEVEL:1",
                  "kpi",
                  "SERVICE_LEVEL",
                  AlertLevel.CRITICAL,
                  AlertState.RAISED,
                  "sales",
                  null,
                  null,
                  0.55,
                  0.8,
                  "sales: service level 55% is below its 80% target",
                  1_700_000_000_000L),
              new Alert(
                  "c9:AUTO_FAIL",
                  "quality",
                  "AUTO_FAIL",
                  AlertLevel.WARNING,
                  AlertState.RAISED,
                  null,
                  "1127",
                  "c9",
                  null,
                  null,
                  "auto-fail",
                  0));
      case RECORDINGS ->
          List.of(
              new Recording(
                  "4f0c7a52-6a4e-3c1b-9d55-0d6e1f1e2b3a",
                  "1543601975.123",
                  "file:///var/spool/asterisk/monitor/q-sales-1127-1543601975.123.wav",
                  AudioCodec.PCM_ALAW,
                  8000,
                  2,
                  ChannelLayout.AGENT_LEFT,
                  184_250,
                  2_948_058,
                  1_543_602_160_000L,
                  "sales",
                  "1127",
                  "recordings-watcher"),
              new Recording(
                  "r2",
                  "c2",
                  "file:///rec/c2.wav",
                  AudioCodec.PCM_S16LE,
                  16000,
                  1,
                  ChannelLayout.MONO,
                  0,
                  44,
                  1,
                  null,
                  null,
                  "test"));
      case TRANSCRIPTS -> List.of(stereoTranscript(), monoTranscript());
      case CALL_SCORES -> List.of(scoredCall(true), scoredCall(false));
      case AGENT_SCORECARD ->
          List.of(
              new AgentScorecardDay(
                  "1024",
                  "2024-01-02",
                  1_704_124_800_000L,
                  3,
                  12,
                  88.5,
                  0.57,
                  0.0,
                  1.0,
                  0.025,
                  0.0,
                  0.95,
                  0.5,
                  40,
                  0.5,
                  240.0,
                  0.67,
                  0.74,
                  0.56,
                  0.61,
                  1_704_200_000_000L),
              new AgentScorecardDay(
                  "1025",
                  "2024-01-02",
                  1_704_124_800_000L,
                  0,
                  0,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  0,
                  0.0,
                  null,
                  null,
                  null,
                  null,
                  0.0,
                  1_704_200_000_000L));
      case TRANSCRIPT_TURNS ->
          List.of(
              new RedactedTurn(
                  "1704186000.11",
                  0,
                  1_704_186_000_480L,
                  Speaker.AGENT,
                  480,
                  2_900,
                  "您好，示例公司，工号1127，很高兴为您服务",
                  0.62,
                  "positive",
                  List.of(),
                  "1127",
                  "sales",
                  "zh-CN"),
              new RedactedTurn(
                  "1704186000.11",
                  1,
                  1_704_186_003_100L,
                  Speaker.CUSTOMER,
                  3_100,
                  6_000,
                  "我的手机号是[手机号]",
                  0,
                  "neutral",
                  List.of("PHONE"),
                  null,
                  null,
                  "zh-CN"));
      case DEAD_LETTERS ->
          List.of(
              new DeadLetter(
                  "ingest.queue-log",
                  DeadLetterReason.UNKNOWN_EVENT,
                  "unknown queue_log event OUTDIAL",
                  "1543601975|x|NONE|Agent/1127|OUTDIAL|881",
                  null,
                  null,
                  null,
                  "queue_log:9",
                  1_700_000_000_000L),
              new DeadLetter(
                  "kpi-job.calls",
                  DeadLetterReason.UNKNOWN_CALL,
                  "no QUEUED",
                  "{}",
                  "call-events",
                  1,
                  42L,
                  null,
                  0));
    };
  }

  /** A call scored with its switch events known, or scored from the transcript alone. */
  static ScoredCall scoredCall(boolean joined) {
    return new ScoredCall(
        "1704186000.11",
        1_704_186_000_000L,
        1_704_186_400_000L,
        joined ? "1127" : null,
        joined ? "sales" : null,
        "zh-CN",
        "zh-CN-inbound",
        3,
        87.5,
        joined,
        "complaint",
        1,
        7,
        2,
        joined ? 1 : 0,
        List.of("identity_check", "goodbye"),
        List.of(
            new ScoredCall.RuleVerdict(
                "greeting",
                "greeting with company and agent id",
                "pass",
                2,
                false,
                new ScoredCall.VerdictEvidence(Speaker.AGENT, "您好，示例公司，工号1127", 480),
                null),
            new ScoredCall.RuleVerdict(
                "goodbye", "the standard goodbye", "fail", 1, false, null, "never said")),
        joined ? -0.2 : null,
        joined ? -0.6 : null,
        joined ? -0.4 : null,
        joined ? 0.3 : null,
        240_000,
        joined ? 4_200L : null,
        joined ? 900L : null,
        joined,
        joined ? 6_000L : null,
        joined ? 21_000L : null,
        joined ? 1 : null,
        joined ? Boolean.FALSE : null,
        joined ? "billing" : null);
  }

  static Transcript stereoTranscript() {
    TranscriptTurn greeting =
        new TranscriptTurn(
            Speaker.AGENT,
            480,
            2_400,
            "您好 很 高兴 为您 服务",
            List.of(
                new TranscriptWord("您好", 480, 1_020, 1.0),
                new TranscriptWord("很", 1_050, 1_200, 0.93),
                new TranscriptWord("高兴", 1_200, 1_650, 0.97),
                new TranscriptWord("为您", 1_650, 1_950, 0.88),
                new TranscriptWord("服务", 1_950, 2_400, 0.91)));
    TranscriptTurn question =
        new TranscriptTurn(
            Speaker.CUSTOMER,
            2_100,
            3_300,
            "我 的 订单",
            List.of(
                new TranscriptWord("我", 2_100, 2_400, 0.75),
                new TranscriptWord("的", 2_400, 2_550, 0.6),
                new TranscriptWord("订单", 2_550, 3_300, 0.99)));
    ConversationMeasures measures =
        new ConversationMeasures(
            2_790,
            0.6977,
            1_210,
            0.3023,
            600,
            3_300L,
            1,
            300L,
            0.1075,
            1,
            List.of(new Interruption(Speaker.CUSTOMER, Speaker.AGENT, 2_100, 300)),
            -21.4,
            List.of(
                new PartyMeasures(
                    Speaker.AGENT,
                    1_920,
                    0.6154,
                    1,
                    1_920,
                    0,
                    1,
                    5,
                    8,
                    250.0,
                    RateUnit.CHARACTERS_PER_MINUTE,
                    -20.1,
                    -12.5),
                new PartyMeasures(
                    Speaker.CUSTOMER,
                    1_200,
                    0.3846,
                    1,
                    1_200,
                    1,
                    0,
                    3,
                    4,
                    200.0,
                    RateUnit.CHARACTERS_PER_MINUTE,
                    -24.0,
                    -15.0)));
    return new Transcript(
        "1543601975.123",
        "4f0c7a52-6a4e-3c1b-9d55-0d6e1f1e2b3a",
        "zh",
        "vosk-0.3.45",
        "vosk-model-small-cn-0.22",
        ChannelLayout.AGENT_LEFT,
        4_000,
        1_543_602_160_000L,
        1_543_602_170_000L,
        List.of(greeting, question),
        measures);
  }

  /** A silent mono recording: no turns, no parties' talk, nothing that needs two channels. */
  static Transcript monoTranscript() {
    return new Transcript(
        "c2",
        "r2",
        "en",
        "vosk-0.3.45",
        "vosk-model-small-en-us-0.15",
        ChannelLayout.MONO,
        5_000,
        1,
        2,
        List.of(),
        new ConversationMeasures(
            0,
            0.0,
            5_000,
            1.0,
            5_000,
            0L,
            1,
            null,
            null,
            null,
            null,
            null,
            List.of(
                new PartyMeasures(
                    Speaker.UNKNOWN,
                    0,
                    0.0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    null,
                    RateUnit.WORDS_PER_MINUTE,
                    null,
                    null))));
  }
}
