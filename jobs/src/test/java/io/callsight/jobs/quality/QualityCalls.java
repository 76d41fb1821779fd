package io.callsight.jobs.quality;

import io.callsight.schemas.AgentKpi;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.Transcript;
import io.callsight.testkit.CallScript;
import io.callsight.testkit.TranscriptScript;
import java.time.Instant;
import java.util.List;

/** The calls the quality job's tests score: a model enquiry and an unhandled complaint. */
public final class QualityCalls {
  public static final Instant START = Instant.parse("2024-01-02T09:00:00Z");

  private QualityCalls() {}

  /** Every step of the script done by agent 1024 (SEEDS §1), with a phone number said aloud. */
  public static Transcript goodEnquiry(String callId) {
    return TranscriptScript.call(callId, "zh", START.toEpochMilli() + 20_000)
        .agent(1_000, 5_000, "您好 示例公司 很高兴为您服务 工号1024 请问有什么可以帮您")
        .customer(6_000, 12_000, "你好 我想把账户绑定手机换一下 旧号码不用了")
        .agent(14_000, 17_000, "好的 跟您确认一下 您是想更换账户绑定的手机号码 对吗")
        .customer(18_000, 19_000, "对的")
        .agent(20_000, 27_000, "为了您的账户安全 需要先核实一下您的身份 请您提供一下身份证后四位和机主姓名")
        .customer(28_000, 33_000, "后四位是三七二五 我叫王芳")
        .agent(34_000, 37_000, "谢谢您 身份核实通过了 请问新的手机号是多少")
        .customer(38_000, 41_000, "新号码是13812345678")
        .agent(42_000, 47_000, "好的 已经为您修改好了 稍后您会收到一条确认短信")
        .customer(48_000, 50_000, "太好了 谢谢你")
        .agent(52_000, 55_000, "不客气 请问您还有其他需要吗")
        .customer(56_000, 58_000, "没有了 谢谢")
        .agent(60_000, 64_000, "感谢您的来电 祝您生活愉快 再见")
        .transcript();
  }

  /** A complaint the agent only records: no apology, no escalation, no goodbye. */
  public static Transcript unhandledComplaint(String callId) {
    return TranscriptScript.call(callId, "zh", START.toEpochMilli() + 20_000)
        .agent(1_000, 5_000, "您好 示例公司 工号5号为您服务 请问有什么能帮您")
        .customer(6_000, 11_000, "我要投诉你们的配送员 东西送错了还不承认 太气人了 非常失望")
        .agent(12_000, 16_000, "您反映的是配送员送错货的问题 对吧")
        .customer(17_000, 18_000, "对")
        .agent(19_000, 21_000, "我给您登记一下")
        .customer(22_000, 25_000, "你们太差劲了 我很生气 非常不满意")
        .transcript();
  }

  /** The switch's events of a call answered by {@code agent} in sales, held once, wrapped up. */
  public static List<CallEvent> events(String callId, String agent) {
    return CallScript.inbound(callId, "sales", START)
        .answer(agent, 20)
        .hold(40, 50)
        .end(90)
        .wrapup(120, true)
        .events();
  }

  /** Agent 1024's KPI row for the quarter hour from {@code start}. */
  public static AgentKpi agentKpi(
      String start, int revision, long handled, double handle, double available, Double entry) {
    return new AgentKpi(
        "1024",
        start,
        start.replace(":00:00Z", ":15:00Z"),
        revision,
        handled,
        handled,
        handle * 0.8,
        0,
        handle * 0.2,
        handle,
        handled == 0 ? null : handle / handled,
        available,
        0,
        handle + available,
        handle / (handle + available),
        handle / (handle + available),
        0,
        0,
        0,
        entry == null ? 0 : Math.round(entry * handled),
        entry,
        1_704_160_000_000L);
  }
}
