package io.callsight.bench;

import io.callsight.quality.CallFacts;
import io.callsight.quality.Conversation;
import io.callsight.quality.Speaker;
import io.callsight.quality.Turn;
import io.callsight.quality.text.Language;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallEventType;
import io.callsight.schemas.ChannelLayout;
import io.callsight.schemas.ConversationMeasures;
import io.callsight.schemas.EndedBy;
import io.callsight.schemas.Transcript;
import io.callsight.schemas.TranscriptTurn;
import io.callsight.schemas.TranscriptWord;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded ten-minute call for benchmarks: the script's opening and close around about 140 turns of
 * everyday service talk (a complaint, numbers spoken, a phone number to redact), one turn every
 * four seconds or so — about 2,500 Chinese characters or 1,500 English words.
 */
final class TenMinuteCall {
  private static final String[] ZH_AGENT = {
    "好的，跟您确认一下，您是说上个月的账单多扣了三十块钱，对吗？",
    "请您稍等，我这边帮您查询一下最近三个月的扣费记录。",
    "非常抱歉给您带来不便，我已经为您记录下来了。",
    "这个问题我会反馈给上级，由专人跟进处理。",
    "我们会在三个工作日内给您回复处理结果。",
    "请问您方便提供一下机主姓名和身份证后四位吗？",
    "谢谢您的耐心等待，系统显示您的套餐是每月五十八元。",
    "理解您的心情，请您别着急，我们一定帮您解决。",
    "您可以通过手机营业厅查看详细的账单明细。",
    "好的，已经帮您把这个月的流量包退订了。",
  };
  private static final String[] ZH_CUSTOMER = {
    "我这个月的话费怎么多了这么多，我根本没有用那么多流量。",
    "你们上次也是这么说的，到现在都没有解决，太让人失望了。",
    "我的手机号是一三八一二三四五六七八，你帮我查一下。",
    "好的，那我等你们的电话，谢谢你。",
    "后四位是三七二五，机主是我本人王芳。",
    "这个服务态度还可以，但是问题一直拖着不处理。",
    "我就想知道多扣的钱什么时候能退回来？",
    "那行吧，你们尽快处理，我不想再打第二次电话了。",
    "网络最近老是断，晚上根本没法用，很影响工作。",
    "嗯，明白了，就按你说的办吧。",
  };
  private static final String[] EN_AGENT = {
    "Just to confirm, you were charged twice for the same month, is that right?",
    "Please bear with me while I look at the last three months of charges on your account.",
    "I am so sorry for the inconvenience, I have noted all of this on your account.",
    "I will escalate this to my supervisor and a specialist will follow it up.",
    "You will hear back from us within three business days with the outcome.",
    "Could you please confirm your date of birth and the last four digits of your card?",
    "Thank you for waiting, your plan is fifty eight dollars a month.",
    "I completely understand your frustration, we will get this sorted for you.",
    "You can see the full breakdown of the bill in the app under billing.",
    "Okay, I have cancelled the extra data pack for this month.",
  };
  private static final String[] EN_CUSTOMER = {
    "My bill is much higher this month and I have not used that much data at all.",
    "You told me the same thing last time and nothing happened, it is really disappointing.",
    "My number is one three eight one two three four five six seven eight, please check it.",
    "Okay, I will wait for your call then, thank you.",
    "It is the fourth of March nineteen eighty and the card ends in three seven two five.",
    "The service was fine but the problem keeps dragging on.",
    "I just want to know when I get the extra money back.",
    "Alright, please sort it out quickly, I do not want to call again.",
    "The internet keeps dropping in the evening, I cannot work like this.",
    "Right, got it, let us do it your way.",
  };

  /** The switch's facts of the call: agent 1024 answers after 20 s of waiting and holds once. */
  static final String AGENT = "1024";

  static final long WAIT_MS = 20_000;
  static final long RING_MS = 9_000;
  static final long HOLD_MS = 30_000;

  private TenMinuteCall() {}

  static Conversation of(Language language, long seed) {
    boolean zh = language == Language.ZH_CN;
    SplittableRandom random = new SplittableRandom(seed);
    List<Turn> turns = new ArrayList<>();
    long t = 1_000;
    turns.add(
        new Turn(
            Speaker.AGENT,
            t,
            t + 5_000,
            zh
                ? "您好，示例公司，很高兴为您服务，工号1024，请问有什么可以帮您？"
                : "Thank you for calling Example Company, agent 1024, how can I help you?"));
    t += 6_000;
    while (t < 585_000) {
      boolean agent = turns.size() % 2 == 0;
      String[] pool = zh ? (agent ? ZH_AGENT : ZH_CUSTOMER) : (agent ? EN_AGENT : EN_CUSTOMER);
      long length = 2_500 + random.nextLong(3_000);
      turns.add(
          new Turn(
              agent ? Speaker.AGENT : Speaker.CUSTOMER,
              t,
              t + length,
              pool[random.nextInt(pool.length)]));
      t += length + random.nextLong(1_000);
    }
    turns.add(
        new Turn(
            Speaker.AGENT,
            t,
            t + 4_000,
            zh ? "请问您还有其他需要吗？" : "Is there anything else I can help you with today?"));
    turns.add(
        new Turn(
            Speaker.AGENT,
            t + 5_000,
            t + 10_000,
            zh ? "感谢您的来电，祝您生活愉快，再见。" : "Thank you for calling, have a great day, goodbye."));
    return new Conversation(
        "bench-" + language.tag(),
        language,
        turns,
        new CallFacts(AGENT, null, RING_MS, WAIT_MS, 1, HOLD_MS, false, null),
        java.util.Map.of());
  }

  /**
   * The call as the transcription job writes it to {@code transcripts}, answered at {@code
   * answeredAt}: every turn's words with their times (Chinese in two-character words, about what a
   * recogniser gives) and the talk and silence measures (the rows carry them; no rule reads them).
   */
  static Transcript transcript(Language language, long seed, String callId, long answeredAt) {
    Conversation call = of(language, seed);
    List<TranscriptTurn> turns = new ArrayList<>();
    long talk = 0;
    long longestSilence = 0;
    long lastEnd = 0;
    for (Turn t : call.turns()) {
      String[] words =
          language == Language.ZH_CN ? t.text().split("(?<=\\G..)") : t.text().split(" ");
      long step = (t.endMs() - t.startMs()) / words.length;
      List<TranscriptWord> timed = new ArrayList<>();
      for (int i = 0; i < words.length; i++) {
        long start = t.startMs() + i * step;
        timed.add(new TranscriptWord(words[i], start, start + step, 0.9));
      }
      turns.add(
          new TranscriptTurn(
              io.callsight.schemas.Speaker.valueOf(t.speaker().name()),
              t.startMs(),
              t.endMs(),
              t.text(),
              timed));
      talk += t.endMs() - t.startMs();
      longestSilence = Math.max(longestSilence, t.startMs() - lastEnd);
      lastEnd = t.endMs();
    }
    long duration = lastEnd + 1_000;
    ConversationMeasures measures =
        new ConversationMeasures(
            talk,
            (double) talk / duration,
            duration - talk,
            1 - (double) talk / duration,
            longestSilence,
            null,
            turns.size() - 1,
            null,
            null,
            null,
            null,
            null,
            List.of());
    return new Transcript(
        callId,
        "rec-" + callId,
        language.tag(),
        "vosk",
        "bench",
        ChannelLayout.AGENT_LEFT,
        duration,
        answeredAt,
        answeredAt + duration + 5_000,
        turns,
        measures);
  }

  /**
   * The switch's events of the call queued at {@code queuedAt}, up to the end of its wrap-up: the
   * facts {@link #of} gives, as the quality job learns them.
   */
  static List<CallEvent> events(String callId, long queuedAt) {
    long answered = queuedAt + WAIT_MS;
    long ended = answered + 600_000 + HOLD_MS;
    return List.of(
        event(callId, 0, queuedAt, CallEventType.QUEUED).position(1).build(),
        event(callId, 1, answered, CallEventType.ANSWERED)
            .agentId(AGENT)
            .waitMs(WAIT_MS)
            .ringMs(RING_MS)
            .build(),
        event(callId, 2, answered + 200_000, CallEventType.HOLD_START).agentId(AGENT).build(),
        event(callId, 3, answered + 200_000 + HOLD_MS, CallEventType.HOLD_END)
            .agentId(AGENT)
            .holdMs(HOLD_MS)
            .build(),
        event(callId, 4, ended, CallEventType.ENDED)
            .agentId(AGENT)
            .waitMs(WAIT_MS)
            .talkMs(600_000L)
            .holdMs(HOLD_MS)
            .endedBy(EndedBy.CALLER)
            .build(),
        event(callId, 5, ended + 30_000, CallEventType.WRAPUP_ENDED)
            .agentId(AGENT)
            .wrapupMs(30_000L)
            .build());
  }

  private static CallEvent.Builder event(String callId, int n, long time, CallEventType type) {
    return CallEvent.builder(callId + "#" + n, callId, time, type, "bench").queue("service");
  }
}
