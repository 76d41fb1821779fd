package io.callsight.quality.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.callsight.quality.CallFacts;
import io.callsight.quality.Conversation;
import io.callsight.quality.Speaker;
import io.callsight.quality.Turn;
import io.callsight.quality.redact.PiiKind;
import io.callsight.quality.rules.RuleSets;
import io.callsight.quality.sentiment.Sentiment;
import io.callsight.quality.text.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CallScorerTest {
  final CallScorer scorer = new CallScorer(RuleSets.builtIn("zh-CN-inbound"));

  static Conversation call(String agentId, Speaker speaker, String greeting) {
    return new Conversation("c", Language.ZH_CN, List.of(new Turn(speaker, 1000, 4000, greeting)))
        .withFacts(new CallFacts(agentId, null, null, null, null, null, null, null));
  }

  @Test
  void theCallsOwnAgentIdMustBeSaid() {
    String greeting = "您好，示例公司，工号1024，请问有什么可以帮您";
    assertThat(scorer.score(call("1024", Speaker.AGENT, greeting)).verdict("agent-id").verdict())
        .isEqualTo(VerdictKind.PASS);
    assertThat(scorer.score(call("2048", Speaker.AGENT, greeting)).verdict("agent-id").verdict())
        .isEqualTo(VerdictKind.FAIL);
    // Without the call's events any number will do.
    assertThat(scorer.score(call(null, Speaker.AGENT, greeting)).verdict("agent-id").verdict())
        .isEqualTo(VerdictKind.PASS);
  }

  @Test
  void unknownSpeakersGetTheBenefitOfTheDoubt() {
    CallScore s = scorer.score(call(null, Speaker.UNKNOWN, "您好，示例公司，工号1，请问有什么可以帮您，这不归我管"));
    assertThat(s.verdict("greeting").verdict()).isEqualTo(VerdictKind.PASS);
    assertThat(s.verdict("no-forbidden-phrases").verdict()).isEqualTo(VerdictKind.PASS);
  }

  @Test
  void turnsLeaveRedacted() {
    CallScore s = scorer.score(call(null, Speaker.CUSTOMER, "我的手机号是13812345678"));
    assertThat(s.turns().get(0).text()).isEqualTo("我的手机号是[PHONE]");
    assertThat(s.turns().get(0).redacted()).hasSize(1);
    assertThat(s.verdict("privacy").verdict()).isEqualTo(VerdictKind.PASS); // the customer said it
  }

  @Test
  void personalDataRedactedUpstreamStillCountsAsSaid() {
    // The speech stage redacts before the transcript is stored; the agent still disclosed it.
    for (String said : new String[] {"您的手机号是13812345678对吧", "您的手机号是[PHONE]对吧"}) {
      CallScore s = scorer.score(call(null, Speaker.AGENT, said));
      assertThat(s.turns().get(0).text()).isEqualTo("您的手机号是[PHONE]对吧");
      assertThat(s.turns().get(0).redacted()).containsExactly(PiiKind.PHONE);
      assertThat(s.verdict("privacy").verdict()).as(said).isEqualTo(VerdictKind.FAIL);
    }
  }

  @Test
  void aReferenceNumberOrAPhonesLastDigitsReadOutDiscloseNothing() {
    // References hold a mobile or a card with a digit to spare; agents give them out all day, and
    // name the phone a code went to by its last four.
    agentSaying(
        "en-US-inbound",
        NOT_KNOWN,
        "privacy",
        VerdictKind.PASS,
        "Your case number is 181537033744, please note it down.",
        "I've sent a verification code to the number ending 4821.");
    agentSaying(
        "zh-CN-inbound",
        NOT_KNOWN,
        "privacy",
        VerdictKind.PASS,
        "您的工单号是一八一五三七零三三七四四七，请您记一下",
        "您的设备序列号是4539148803436467",
        "验证码已经发送到您尾号4821的手机上，请您告诉我一下");
    agentSaying("zh-CN-inbound", NOT_KNOWN, "privacy", VerdictKind.FAIL, "您的手机号是一三九一二三四五六七八对吧");
  }

  @Test
  void theTechniciansOrTheBranchsNumberIsNotTheCustomers() {
    agentSaying(
        "zh-CN-inbound",
        NOT_KNOWN,
        "privacy",
        VerdictKind.PASS,
        "师傅的电话是13912345678，您直接联系他就可以",
        "师傅的手机号是一三九一二三四五六七八",
        "您也可以打营业厅的电话，0571-88881234");
    agentSaying(
        "en-US-inbound",
        NOT_KNOWN,
        "privacy",
        VerdictKind.PASS,
        "The engineer's number is 415 555 0132 if you need him.",
        "You can call the store on (415) 555-0132.");
    // Still the customer's: the technician calls it, it is the one on file, or it comes first.
    agentSaying(
        "zh-CN-inbound",
        NOT_KNOWN,
        "privacy",
        VerdictKind.FAIL,
        "师傅会打您的电话13912345678跟您约时间",
        "我们这边登记的号码是13912345678",
        "您留的联系方式是13912345678，师傅的电话是13812345678");
    agentSaying(
        "en-US-inbound",
        NOT_KNOWN,
        "privacy",
        VerdictKind.FAIL,
        "The engineer will call you on 415-555-0132.",
        "I have your number as 415-555-0132, is that right?");
  }

  @Test
  void aCallInAnotherLanguageIsRefused() {
    Conversation english = new Conversation("c", Language.EN_US, List.of());
    assertThatThrownBy(() -> scorer.score(english))
        .hasMessageContaining("call c is in en-US but rule set zh-CN-inbound is for zh-CN");
  }

  @Test
  void aCallWithNothingSaidFailsTheStepsThatMustBeSaid() {
    CallScore s =
        new CallScorer(RuleSets.builtIn("zh-CN-inbound"))
            .score(new Conversation("empty", Language.ZH_CN, List.of()));
    assertThat(s.sentiment().customer()).isEqualTo(PartySentiment.NONE);
    assertThat(s.category()).isEqualTo("enquiry");
    // The transcript shows no greeting, so none was given; what must not be said was not; the
    // ring time and the conditional steps do not apply.
    assertThat(s.verdicts())
        .filteredOn(v -> v.verdict() != VerdictKind.NOT_APPLICABLE)
        .extracting(Verdict::rule, Verdict::verdict)
        .containsExactly(
            tuple("greeting", VerdictKind.FAIL),
            tuple("agent-id", VerdictKind.FAIL),
            tuple("offer-help", VerdictKind.FAIL),
            tuple("restate-need", VerdictKind.FAIL),
            tuple("solve-or-commit", VerdictKind.FAIL),
            tuple("polite-words", VerdictKind.FAIL),
            tuple("no-jargon", VerdictKind.PASS),
            tuple("no-forbidden-phrases", VerdictKind.PASS),
            tuple("other-needs", VerdictKind.FAIL),
            tuple("goodbye", VerdictKind.FAIL),
            tuple("privacy", VerdictKind.PASS));
    // Weights passed 5 + 10 + 10 of 76 applicable.
    assertThat(s.score()).isEqualTo(32.9);
    // A call whose events are unknown counts as not transferred: it is closed by this agent.
    assertThat(s.verdict("transfer-announce").note())
        .isEqualTo("applies only to transferred calls");
    assertThat(s.autoFail()).isFalse();
  }

  /** An English call scored against the shipped en-US-inbound rule set. */
  /** One scorer per shipped rule set: compiling a set's phrases is work done once. */
  private static final Map<String, CallScorer> SHIPPED = new ConcurrentHashMap<>();

  /** A call of these turns, with these switch facts, scored against a shipped rule set. */
  static CallScore scored(String ruleSet, CallFacts facts, Turn... turns) {
    CallScorer s = SHIPPED.computeIfAbsent(ruleSet, name -> new CallScorer(RuleSets.builtIn(name)));
    return s.score(new Conversation("c", s.ruleSet().language(), List.of(turns)).withFacts(facts));
  }

  static CallScore english(Turn... turns) {
    return scored("en-US-inbound", CallFacts.NONE, turns);
  }

  static CallScore chinese(Turn... turns) {
    return scored("zh-CN-inbound", CallFacts.NONE, turns);
  }

  @Test
  void aRulePartlySaidShowsTheTurnAndWhatItLacked() {
    CallScore s =
        english(
            new Turn(Speaker.AGENT, 0, 4000, "Sorry, one moment."),
            new Turn(Speaker.AGENT, 5000, 9000, "Thank you for calling Acme, how can I help?"),
            new Turn(Speaker.CUSTOMER, 10000, 14000, "Just checking my bill."),
            new Turn(Speaker.AGENT, 15000, 19000, "All done, have a nice day."));

    // The greeting needs the company (Example Company) in the same turn: the turn that came
    // closest is the evidence, not the agent's first turn.
    Verdict greeting = s.verdict("greeting");
    assertThat(greeting.verdict()).isEqualTo(VerdictKind.FAIL);
    assertThat(greeting.evidence().startMs()).isEqualTo(5000);
    assertThat(greeting.note())
        .isEqualTo("said: thank you for calling, but not with it: Example Company");
    Verdict goodbye = s.verdict("goodbye");
    assertThat(goodbye.evidence().startMs()).isEqualTo(15000);
    assertThat(goodbye.note()).isEqualTo("said: have a nice day, but not with it: goodbye");

    // Nothing said: every part is named, and the evidence is the window's first turn.
    CallScore silent = english(new Turn(Speaker.AGENT, 0, 4000, "Yes?"));
    assertThat(silent.verdict("greeting").note()).isEqualTo("not said: hello + Example Company");
    assertThat(silent.verdict("greeting").evidence().startMs()).isZero();
  }

  @Test
  void aPassNamesEveryPartSaidAndEveryTurnCounted() {
    CallScore s =
        scorer.score(
            new Conversation(
                "c",
                Language.ZH_CN,
                List.of(
                    new Turn(Speaker.AGENT, 1000, 4000, "您好，示例公司，请问有什么可以帮您"),
                    new Turn(Speaker.CUSTOMER, 5000, 8000, "查一下话费"),
                    new Turn(Speaker.AGENT, 9000, 12000, "好的，麻烦您稍等"))));

    // The greeting needs two parts in one turn; a reviewer sees both.
    assertThat(s.verdict("greeting").note()).isEqualTo("said: 您好 + 示例公司");
    // Polite words are needed in two turns; the note says what each of them said.
    assertThat(s.verdict("polite-words").note()).isEqualTo("said in 2 turns: 请问, 麻烦您");
    assertThat(s.verdict("polite-words").evidence().startMs()).isEqualTo(1000);
    // A rule that any one phrase passes names the one heard.
    assertThat(s.verdict("offer-help").note()).isEqualTo("said: 请问有什么可以帮您");

    // Said in too few turns: the evidence is the turn that said it, not the agent's first.
    CallScore once =
        scorer.score(
            new Conversation(
                "c",
                Language.ZH_CN,
                List.of(
                    new Turn(Speaker.AGENT, 1000, 4000, "喂"),
                    new Turn(Speaker.AGENT, 5000, 8000, "好的，感谢您的来电，再见"))));
    Verdict polite = once.verdict("polite-words");
    assertThat(polite.verdict()).isEqualTo(VerdictKind.FAIL);
    assertThat(polite.note()).isEqualTo("said in 1 turn of the 2 needed: 感谢");
    assertThat(polite.evidence().startMs()).isEqualTo(5000);
  }

  @Test
  void anEnquiryAnsweredOnTheSpotIsSolved() {
    Verdict solved =
        scorer
            .score(
                new Conversation(
                    "c",
                    Language.ZH_CN,
                    List.of(
                        new Turn(Speaker.CUSTOMER, 0, 3000, "我想查一下这个月的话费"),
                        new Turn(Speaker.AGENT, 4000, 9000, "好的，帮您查到本月话费是八十六元"))))
            .verdict("solve-or-commit");
    assertThat(solved.verdict()).isEqualTo(VerdictKind.PASS);
    assertThat(solved.note()).isEqualTo("said: 帮您查到");
  }

  @Test
  void theCheckAsAgentsAskForIt() {
    for (String asked :
        List.of(
            "Can I just grab your postcode and the first line of the address?",
            "What's the PIN on the account?",
            "Could you confirm the email on file?",
            "For security, can you confirm your date of birth?")) {
      assertThat(
              english(
                      passwordReset(
                          "I need to reset my password.",
                          asked,
                          "Sure.",
                          "I have reset your password."))
                  .verdict("identity-check")
                  .verdict())
          .as(asked)
          .isEqualTo(VerdictKind.PASS);
    }
    for (String asked :
        List.of("麻烦您报一下身份证号码", "请提供一下机主的姓名和证件号", "麻烦说一下您的服务密码", "请您报一下注册时留的手机号", "请问您的出生日期是")) {
      assertThat(
              chinese(passwordReset("我要重置密码", asked, "好的", "已经帮您重置好了"))
                  .verdict("identity-check")
                  .verdict())
          .as(asked)
          .isEqualTo(VerdictKind.PASS);
    }
  }

  /** A caller's request, the agent's question, the caller's answer and the agent's reset. */
  private static Turn[] passwordReset(String request, String asked, String answer, String done) {
    return new Turn[] {
      new Turn(Speaker.CUSTOMER, 0, 4000, request),
      new Turn(Speaker.AGENT, 5000, 9000, asked),
      new Turn(Speaker.CUSTOMER, 10000, 12000, answer),
      new Turn(Speaker.AGENT, 13000, 16000, done)
    };
  }

  @Test
  void anOperationDoneMakesTheCheckBeforeItApply() {
    // The caller never names a sensitive request; the agent refunds without checking.
    CallScore refunded =
        english(
            new Turn(Speaker.CUSTOMER, 0, 4000, "You took the money twice."),
            new Turn(Speaker.AGENT, 5000, 9000, "I have refunded the second payment."));
    Verdict check = refunded.verdict("identity-check");
    assertThat(check.verdict()).isEqualTo(VerdictKind.FAIL);
    assertThat(check.evidence().startMs()).isEqualTo(5000);
    assertThat(refunded.autoFail()).isTrue();

    // With neither the request nor the operation, the check does not apply, and says when it would.
    Verdict idle =
        english(new Turn(Speaker.CUSTOMER, 0, 4000, "What are your opening hours?"))
            .verdict("identity-check");
    assertThat(idle.verdict()).isEqualTo(VerdictKind.NOT_APPLICABLE);
    assertThat(idle.note()).isEqualTo("applies only when topic sensitive or operation comes up");
  }

  @Test
  void aCallerToldHowNeedsNoIdentityCheckButAnAccountChangedDoes() {
    // Nothing on the account is touched (pointed to doing it themselves, told how such things go):
    // the call is not failed for a check it had no need of.
    String[][] toldHow = {
      {
        "en-US-inbound",
        "Hi, I forgot my password for the app.",
        "No problem, you can reset it yourself: tap forgot password on the login screen."
      },
      {
        "en-US-inbound",
        "How long does a refund usually take?",
        "Refunds usually take three to five working days to go back to the card you paid with."
      },
      {"zh-CN-inbound", "我想问一下怎么查话费余额", "您可以发送短信CXHF到10086查询，或者在App首页就能看到"},
      {"zh-CN-inbound", "我的手机卡丢了，要挂失补卡", "补卡需要您本人携带身份证到营业厅办理"},
      {"zh-CN-inbound", "我想问一下退款一般多久能到账", "退款一般会在三到五个工作日内原路退回到您的支付账户"},
      {"zh-CN-inbound", "我想改一下收货地址，需要准备什么吗", "修改地址不需要准备材料，您在订单详情页点击修改地址就可以了"},
      // the wifi password is the router's, on its label
      {"zh-CN-inbound", "我忘了家里wifi密码", "默认的无线密码在光猫背面的标签上"},
      {
        "en-US-inbound",
        "I forgot my wifi password.",
        "No problem, the default wifi password is printed on the back of the router."
      }
    };
    assertIdentityCheckNotApplicable(toldHow);
    // The account changed or read out unchecked, whatever the agent also says of the app.
    String[][] done = {
      {
        "en-US-inbound",
        "Hi, I forgot my password for the app.",
        "I have reset your password. Next time you can do it yourself in the app."
      },
      {"zh-CN-inbound", "帮我查一下话费余额", "您的余额是三十二元，以后您也可以在App上自己查"},
      {"zh-CN-inbound", "上个月多扣了我二十块钱，给我退款", "已经为您退款了，一般会在三个工作日内原路退回"}
    };
    assertIdentityCheckFailsTheCall(done);
  }

  @Test
  void anIdentityUncheckedIsCriticalOnlyOnceTheAccountIsTouched() {
    // A sensitive word came up, nothing was done on the account: a missed step, not a failed call.
    String[][] missed = {
      {
        "en-US-inbound",
        "I don't want a refund, I just want it working.",
        "Okay, I've booked an engineer for Friday morning."
      },
      {"zh-CN-inbound", "我不要退款，我要换货", "好的，给您安排换货，明天发出"}
    };
    for (String[] c : missed) {
      Verdict check = identityCheck(c[0], c[1], c[2]);
      assertThat(check.verdict()).as(c[2]).isEqualTo(VerdictKind.FAIL);
      assertThat(check.critical()).as(c[2]).isFalse();
      assertThat(check.note()).endsWith("critical only once topic operation comes up");
    }
    // The same request, and the refund made unchecked: the call fails.
    assertIdentityCheckFailsTheCall(
        new String[][] {
          {"en-US-inbound", "I want a refund for the broken router.", "I have refunded the router."}
        });
  }

  @Test
  void aRepairLoggedOrAVisitMovedIsNoOperationOnTheAccount() {
    // A fault call: the agent's 已经为您办理 and "I have updated" act on a repair, not an account.
    String[][] repairs = {
      {
        "en-US-inbound",
        "My internet keeps dropping.",
        "I have updated the ticket with what you told me."
      },
      {
        "en-US-inbound",
        "My internet keeps dropping.",
        "I have changed the engineer appointment to Friday."
      },
      {
        "en-US-inbound",
        "My internet keeps dropping.",
        "I have reset the line from our end, try it now."
      },
      {"zh-CN-inbound", "我家宽带老是断", "已经为您办理了报修，师傅今天下午联系您"},
      {"zh-CN-inbound", "我家宽带老是断", "已经帮您修改了上门时间，改到周五上午"},
      {"zh-CN-inbound", "我家宽带老是断", "已经帮您重置了光猫，您再试一下"}
    };
    assertIdentityCheckNotApplicable(repairs);
    // After the caller asked for something sensitive, the same words are the account changed.
    String[][] changed = {
      {"zh-CN-inbound", "我要改一下收货地址", "好的，已经帮您修改好了"},
      {"en-US-inbound", "I need to update my address.", "Okay, I have updated that for you."},
      // and an operation named with its object needs no request before it
      {"en-US-inbound", "There are payments on my card I never made.", "I have blocked the card."}
    };
    assertIdentityCheckFailsTheCall(changed);
  }

  /** Each case (rule set, the caller's request, the agent's answer) needs no identity check. */
  private static void assertIdentityCheckNotApplicable(String[][] cases) {
    for (String[] c : cases) {
      assertThat(identityCheck(c[0], c[1], c[2]).verdict())
          .as(c[2])
          .isEqualTo(VerdictKind.NOT_APPLICABLE);
    }
  }

  /** Each case acts on the account unchecked: the identity check fails, and with it the call. */
  private static void assertIdentityCheckFailsTheCall(String[][] cases) {
    for (String[] c : cases) {
      Verdict check = identityCheck(c[0], c[1], c[2]);
      assertThat(check.verdict()).as(c[2]).isEqualTo(VerdictKind.FAIL);
      assertThat(check.critical()).as(c[2]).isTrue();
    }
  }

  /** The identity check's verdict on a call of a caller's request and the agent's answer. */
  private static Verdict identityCheck(String ruleSet, String request, String answer) {
    return scored(
            ruleSet,
            CallFacts.NONE,
            new Turn(Speaker.CUSTOMER, 0, 4000, request),
            new Turn(Speaker.AGENT, 5000, 9000, answer))
        .verdict("identity-check");
  }

  @Test
  void anAgentSayingTheComplaintBackKeepsANeutralMood() {
    CallScore s =
        english(
            new Turn(Speaker.CUSTOMER, 0, 4000, "You charged me twice this month."),
            new Turn(
                Speaker.AGENT, 5000, 9000, "Let me confirm, you were charged twice this month?"));
    assertThat(s.turns().get(0).sentimentLabel()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(s.turns().get(1).sentimentLabel()).isEqualTo(Sentiment.Label.NEUTRAL);
  }

  @Test
  void anOrderNamesTheStepsItOrderedAndThoseNeverSaid() {
    CallScore s =
        english(
            new Turn(Speaker.CUSTOMER, 0, 4000, "I want to complain about my bill."),
            new Turn(Speaker.AGENT, 5000, 9000, "I am sorry about that."),
            new Turn(Speaker.AGENT, 10000, 14000, "I have noted the details."));

    Verdict order = s.verdict("complaint-order");
    assertThat(order.verdict()).isEqualTo(VerdictKind.PASS);
    assertThat(order.note())
        .isEqualTo(
            "in order: complaint-soothe, complaint-record"
                + " (not said, so not ordered: complaint-escalate)");
    // The complaint rule that failed shows the complaint it left unanswered.
    assertThat(s.verdict("complaint-escalate").evidence().text())
        .isEqualTo("I want to complain about my bill.");
  }

  @Test
  void anImpatientComplaintIsAComplaintNotAnEmergency() {
    CallScore s =
        english(
            new Turn(
                Speaker.CUSTOMER,
                0,
                6000,
                "My internet is down again, I need it fixed right away, this is ridiculous."));
    assertThat(s.category()).isEqualTo("complaint");
    assertThat(s.verdict("complaint-soothe").verdict()).isEqualTo(VerdictKind.FAIL);
    CallScore zh = scorer.score(call(null, Speaker.CUSTOMER, "宽带又断了，你们马上处理，太不像话了，我要投诉"));
    assertThat(zh.category()).isEqualTo("complaint");
  }

  private static final CallFacts TRANSFERRED =
      new CallFacts(null, null, null, null, null, null, true, null);

  private static final CallFacts NOT_KNOWN =
      new CallFacts(null, null, null, null, null, null, null, null);

  /** Each text, said by the agent as a call's only turn, gets {@code expected} on {@code rule}. */
  private static void agentSaying(
      String ruleSet, CallFacts facts, String rule, VerdictKind expected, String... texts) {
    for (String said : texts) {
      assertThat(
              scored(ruleSet, facts, new Turn(Speaker.AGENT, 0, 5000, said))
                  .verdict(rule)
                  .verdict())
          .as(said)
          .isEqualTo(expected);
    }
  }

  @Test
  void anOutboundCallsOpeningInAgentsEverydayWords() {
    String[][] steps = {
      {"confirm-person", "喂，您好，是王先生不", "您好，请问您是这个号码的机主本人吗"},
      {"ask-convenience", "您这会儿方便不", "您现在说话方便不方便", "您现在有空吗"},
      {"state-purpose", "给您打这个电话主要是想问问您对安装服务满不满意", "打电话是想告诉您，您的套餐下个月到期了"}
    };
    for (String[] step : steps) {
      agentSaying(
          "zh-CN-outbound",
          NOT_KNOWN,
          step[0],
          VerdictKind.PASS,
          Arrays.copyOfRange(step, 1, step.length));
    }
    agentSaying("zh-CN-outbound", NOT_KNOWN, "ask-convenience", VerdictKind.FAIL, "您看这个方案行不行");
    agentSaying("zh-CN-outbound", NOT_KNOWN, "state-purpose", VerdictKind.FAIL, "您好，我是示例公司的");
    // The script's goodbye is its standard words: 拜拜 is not 再见.
    agentSaying("zh-CN-outbound", NOT_KNOWN, "goodbye", VerdictKind.FAIL, "好嘞，谢谢您啊，拜拜");
  }

  @Test
  void aTransferNamesWhoTakesTheCall() {
    String rule = "transfer-announce";
    agentSaying(
        "en-US-inbound",
        TRANSFERRED,
        rule,
        VerdictKind.PASS,
        "I'll transfer you to billing, one moment.",
        "Let me put you through to our tech support team.",
        "I'm transferring you to a specialist now.");
    agentSaying(
        "en-US-inbound",
        TRANSFERRED,
        rule,
        VerdictKind.FAIL,
        "Let me just transfer you.",
        "Hold on, I'll put you through.");
    agentSaying(
        "zh-CN-inbound", TRANSFERRED, rule, VerdictKind.PASS, "我帮您转接到售后，请稍等。", "现在为您转给技术支持的同事。");
    agentSaying("zh-CN-inbound", TRANSFERRED, rule, VerdictKind.FAIL, "我给你转一下吧。", "我帮您转接，请稍等。");
  }

  @Test
  void aTimeOfDayIsATimeLimit() {
    String rule = "solve-or-commit";
    agentSaying(
        "en-US-inbound",
        NOT_KNOWN,
        rule,
        VerdictKind.PASS,
        "An engineer will call you by 6 pm to book the visit.",
        "Someone from the repairs team will ring you this afternoon.",
        "You'll get the new card details later today.",
        // a visit booked in its window
        "I've booked a technician for tomorrow between eight and twelve.",
        "The engineer will come between 1 and 5 on Friday.",
        // and as agents say it in everyday words
        "I'll call you back first thing tomorrow.",
        "Someone will be in touch by close of business.",
        "You'll have the refund within a week.",
        "The engineer will have it fixed by Friday.");
    agentSaying(
        "zh-CN-inbound",
        NOT_KNOWN,
        rule,
        VerdictKind.PASS,
        "今天下午六点前会有师傅联系您上门。",
        "今晚八点之前给您回电话。",
        "师傅周六上午九点到十二点上门。",
        "半小时内给您回电。");
    // Naming a time is no promise to act by it.
    agentSaying(
        "en-US-inbound",
        NOT_KNOWN,
        rule,
        VerdictKind.FAIL,
        "Our shop closes at 6 pm.",
        "We will get back to you.");
  }

  @Test
  void theNeedSaidBackAsAgentsSayIt() {
    String rule = "restate-need";
    agentSaying(
        "en-US-inbound",
        NOT_KNOWN,
        rule,
        VerdictKind.PASS,
        "So you're calling about a double charge, right?",
        "So the issue is that you were charged twice.",
        "Let me make sure I've got this: you were charged twice.",
        // as agents say it in everyday words
        "so if I've understood correctly you were charged twice",
        "Just so I'm clear, you were charged twice last month.",
        "What you're saying is you were charged twice.",
        "So basically you were charged twice.");
    agentSaying(
        "zh-CN-inbound",
        NOT_KNOWN,
        rule,
        VerdictKind.PASS,
        "我理解的是您上个月被多扣了三十块",
        "您说的是上个月多扣了三十块是吧",
        "就是说您上个月被多扣了三十块");
    agentSaying(
        "en-US-inbound",
        NOT_KNOWN,
        rule,
        VerdictKind.FAIL,
        "Okay, I will look into it.",
        "So basically the system is down.");
    agentSaying("zh-CN-inbound", NOT_KNOWN, rule, VerdictKind.FAIL, "好的，我帮您查一下。");
  }

  @Test
  void aComplaintHandledInAgentsOwnWords() {
    String[][] steps = {
      {"complaint-soothe", "很抱歉给您造成困扰", "真的很不好意思", "我能理解，让您受委屈了", "您先消消气", "真是对不住您"},
      {"complaint-record", "我这边给您备注一下", "您的情况我都记下了", "我给您建个投诉单"},
      {"complaint-escalate", "我会反映给相关部门", "我帮您催一下", "会督促师傅尽快上门", "我给您往上反映", "我给您报上去"}
    };
    for (String[] step : steps) {
      for (int i = 1; i < step.length; i++) {
        CallScore s =
            chinese(
                new Turn(Speaker.CUSTOMER, 0, 4000, "我要投诉，你们服务太差了"),
                new Turn(Speaker.AGENT, 5000, 9000, step[i]));
        assertThat(s.verdict(step[0]).verdict()).as(step[i]).isEqualTo(VerdictKind.PASS);
      }
    }
    String[][] english = {
      {
        "complaint-soothe",
        "My apologies for that.",
        "Sorry about that, that shouldn't have happened."
      },
      {"complaint-record", "I've opened a complaint for you.", "I'll make a note on the account."},
      {
        "complaint-escalate",
        "I'll raise this with my team leader.",
        "I'm going to flag this to our billing team.",
        "I'll refer this to our complaints department."
      }
    };
    for (String[] step : english) {
      for (int i = 1; i < step.length; i++) {
        CallScore s =
            english(
                new Turn(
                    Speaker.CUSTOMER,
                    0,
                    4000,
                    "I want to make a complaint, this is the third time."),
                new Turn(Speaker.AGENT, 5000, 9000, step[i]));
        assertThat(s.verdict(step[0]).verdict()).as(step[i]).isEqualTo(VerdictKind.PASS);
      }
    }
  }

  @Test
  void anythingElseAsAgentsAskIt() {
    String rule = "other-needs";
    agentSaying(
        "en-US-inbound",
        NOT_KNOWN,
        rule,
        VerdictKind.PASS,
        "Can I help you with anything else?",
        "Was there anything else?",
        "Is there anything further I can do?",
        "Is that everything for today?");
    agentSaying(
        "zh-CN-inbound",
        NOT_KNOWN,
        rule,
        VerdictKind.PASS,
        "还有其他什么问题吗？",
        "您还有别的事吗？",
        "还有什么需要帮忙的吗？",
        "还有啥要帮忙的不？",
        "您看还有别的要办的吗？");
    // 还有什么可以帮您 is not among them: one character from the greeting's 请问有什么可以帮您, it would
    // let the greeting pass the step in a short call.
    agentSaying("en-US-inbound", NOT_KNOWN, rule, VerdictKind.FAIL, "I'll send you a new card.");
    agentSaying(
        "zh-CN-inbound",
        NOT_KNOWN,
        rule,
        VerdictKind.FAIL,
        "好的，请稍等。",
        "您好，示例公司，请问有什么需要帮助的吗？",
        "您好，示例公司，请问有什么问题吗？",
        "您好，示例公司，请问有什么可以帮您？");
  }

  @Test
  void aCallsCategoryInTheCallersOwnWords() {
    String[][] zh = {
      {
        "emergency",
        "家里一股煤气味儿，咋整啊",
        "电线冒火花了",
        "我家老人晕倒了，电话打不出去",
        "我家厨房着火了",
        "我的手机被偷了",
        "我被骗了，对方让我转账",
        "情况紧急，麻烦快点"
      },
      {
        "complaint",
        "这事儿你们必须给我个说法",
        "我要去工信部告你们",
        "上门的师傅态度特别差，还跟我吵起来了",
        "你们营业厅的人说让我打客服，客服又让我去营业厅",
        "这都好几次了，还是没人来"
      },
      {"suggestion", "我觉得你们app应该加个夜间模式", "给你们提个意见，营业厅能不能多开几个窗口"},
      // Words that sound as an emergency's do, and emergencies said in jest: 困扰 holds 被困
      // (trapped), 出电梯 sounds as 触电 (a shock), 小些 as 消协, and 晕倒, 冒烟 and 爆炸 are how
      // reviewers exaggerate.
      {
        "enquiry",
        "这个问题困扰我很久了，想问下怎么设置",
        "流量爆了，想问问有没有加油包",
        "一出电梯就看到你们的广告了",
        "房间虽小些，但是挺干净",
        "等了两个小时，差点晕倒",
        "气得我都要冒烟了",
        "这手机烂到爆炸",
        // 经济 sounds as 紧急 (an urgency) does, 这活 as 着火 (a fire), 和在 as 火灾, 确实好 as 失火
        "有没有经济实惠一点的套餐",
        "你们这活干得不错",
        "和在营业厅办的一样吗",
        "确实好用",
        // a customer who has ordered again and again is no complainer
        "这个套餐我都办了好几次了，挺好的"
      }
    };
    categorised(turn -> chinese(turn), zh);
    String[][] en = {
      {
        "emergency",
        "there's a strong smell of gas in my kitchen",
        "there are sparks coming from the socket",
        "my dad has collapsed and the phone line is dead"
      },
      {
        "complaint",
        "I've been without internet for three days and nobody has done anything",
        "the engineer never turned up and I took the day off work for it",
        "you people keep charging me for things I didn't order"
      },
      {"suggestion", "you should really add a dark mode to the app"},
      // "Sparks" sounds as "sparking" does: only the sparking of a socket, an outlet or a plug is
      // an emergency
      {
        "enquiry",
        "I feel a bit trapped in this contract, what are my options",
        "I'm flooded with spam texts, can you block them",
        "is Sparks a different network",
        // while a word's code kept four sounds, "explosion" was "explain" and "expression",
        // "unconscious" "inconvenience", and "compensation" (a complaint) "company" and "camping"
        "Oh, okay that explains it.",
        "We're sorry for the inconvenience.",
        "I've been with your company for ten years and I'd like to upgrade my phone",
        "we're going camping next week so I need more data"
      }
    };
    categorised(turn -> english(turn), en);
  }

  /** Each category's callers' turns (after its id), alone in a call, give that category. */
  private static void categorised(Function<Turn, CallScore> score, String[][] categories) {
    for (String[] category : categories) {
      for (int i = 1; i < category.length; i++) {
        assertThat(score.apply(new Turn(Speaker.CUSTOMER, 0, 4000, category[i])).category())
            .as(category[i])
            .isEqualTo(category[0]);
      }
    }
  }

  @Test
  void aCallerWhoSaysHowTheyFeelComplains() {
    CallScorer en = new CallScorer(RuleSets.builtIn("en-US-inbound"));
    for (String said :
        new String[] {
          "I'm really annoyed, I was charged a late fee even though I paid on time.",
          "Honestly I'm so frustrated, nobody told me the price was going up."
        }) {
      CallScore s =
          en.score(
              new Conversation(
                  "c", Language.EN_US, List.of(new Turn(Speaker.CUSTOMER, 0, 5000, said))));
      assertThat(s.category()).as(said).isEqualTo("complaint");
    }
    CallScore zh = scorer.score(call(null, Speaker.CUSTOMER, "你们这个宽带三天两头断网，我真的很生气"));
    assertThat(zh.category()).isEqualTo("complaint");
  }

  @Test
  void aFeeRemovedIsAnOperationSolvedAfterTheCheck() {
    CallScore s =
        new CallScorer(RuleSets.builtIn("en-US-inbound"))
            .score(
                new Conversation(
                    "c",
                    Language.EN_US,
                    List.of(
                        new Turn(
                            Speaker.CUSTOMER,
                            0,
                            5000,
                            "I'm really annoyed, I was charged a late fee."),
                        new Turn(
                            Speaker.AGENT,
                            6000,
                            9000,
                            "I hear you. Can you confirm the email address on the account?"),
                        new Turn(Speaker.CUSTOMER, 10000, 12000, "It's jenny at example dot com."),
                        new Turn(
                            Speaker.AGENT, 13000, 16000, "Thanks. I've removed the late fee."))));
    assertThat(s.verdict("complaint-soothe").verdict()).isEqualTo(VerdictKind.PASS);
    // Removing a fee changes the account: the check before it applies, and the e-mail question is
    // one.
    assertThat(s.verdict("identity-check").verdict()).isEqualTo(VerdictKind.PASS);
    assertThat(s.verdict("solve-or-commit").verdict()).isEqualTo(VerdictKind.PASS);
    agentSaying(
        "en-US-inbound",
        NOT_KNOWN,
        "solve-or-commit",
        VerdictKind.PASS,
        "I have waived the charge this time.",
        "I have applied the discount, it will show on your next bill.");
  }

  @Test
  void nothingICanDoPassesTheBuck() {
    agentSaying(
        "en-US-inbound",
        NOT_KNOWN,
        "no-forbidden-phrases",
        VerdictKind.FAIL,
        "Sorry, there's nothing I can do about it.");
    agentSaying("zh-CN-inbound", NOT_KNOWN, "no-forbidden-phrases", VerdictKind.FAIL, "这个我也没办法。");
  }

  @Test
  void anAgentsHelpIsNoForbiddenPhraseButBlameAndBrushOffsAre() {
    // A forbidden phrase fails the whole call, so what agents say every day must not hold one.
    agentSaying(
        "en-US-inbound",
        NOT_KNOWN,
        "no-forbidden-phrases",
        VerdictKind.PASS,
        "You should have received a confirmation email from us this morning.",
        "You should have a text message with a six digit code.",
        "You should have the new router by Friday.",
        "You should have got a letter about the price change last month.",
        "Our engineers will deal with it today.",
        "I'll deal with it personally and call you back.",
        "Don't worry, we'll deal with it.",
        "You don't have to deal with it, we'll sort it out.",
        "Please don't worry, that is not your fault at all.");
    agentSaying(
        "en-US-inbound",
        NOT_KNOWN,
        "no-forbidden-phrases",
        VerdictKind.FAIL,
        "Well you should have read the terms and conditions.",
        "You should've called us earlier.",
        "You'll have to deal with it yourself.",
        "Just deal with it.",
        "It's not my fault the engineer didn't come.",
        "I already told you, the fee stays.",
        "Go ahead and complain, it won't change anything.",
        "You're not listening to me.");
    for (String rules : List.of("zh-CN-inbound", "zh-CN-outbound")) {
      agentSaying(
          rules,
          NOT_KNOWN,
          "no-forbidden-phrases",
          VerdictKind.PASS,
          "您自己去查一下短信就可以看到",
          "时间您随便挑，我们都能安排",
          "这不是您的问题，是我们系统的原因",
          "这个不归我们这边管，我帮您转到物业",
          "不知道您现在方便吗");
      agentSaying(
          rules,
          NOT_KNOWN,
          "no-forbidden-phrases",
          VerdictKind.FAIL,
          "不是跟你说了吗，这个要去营业厅办",
          "你早干嘛去了",
          "你问别人去",
          "有本事你去投诉",
          "说了你也不懂",
          "你到底想怎么样",
          "爱买不买");
    }
  }
}
