package io.callsight.quality.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.quality.text.Language;
import org.junit.jupiter.api.Test;

/** The rules the scorers apply, in both languages (not a measure of accuracy). */
class SentimentScorerTest {
  final SentimentScorer zh = SentimentScorer.forLanguage(Language.ZH_CN);
  final SentimentScorer en = SentimentScorer.forLanguage(Language.EN_US);

  double zh(String s) {
    return zh.score(s).score();
  }

  double en(String s) {
    return en.score(s).score();
  }

  /** Each text scores this label as a caller's turn. */
  static void callerTurns(SentimentScorer scorer, Sentiment.Label label, String... texts) {
    for (String text : texts) {
      assertThat(scorer.score(text).label()).as(text).isEqualTo(label);
    }
  }

  /** Each text scores this label as an agent's turn. */
  static void agentTurns(SentimentScorer scorer, Sentiment.Label label, String... texts) {
    for (String text : texts) {
      assertThat(scorer.scoreAgent(text).label()).as(text).isEqualTo(label);
    }
  }

  @Test
  void scoresStayInRangeWithLabels() {
    assertThat(zh.score("非常好非常好非常好，太棒了！！！").score()).isBetween(0.9, 1.0);
    assertThat(zh.score("差差差差差差").score()).isBetween(-1.0, -0.9);
    assertThat(zh.score("我想查一下账单").label()).isEqualTo(Sentiment.Label.NEUTRAL);
    assertThat(en.score("I want to check my bill").label()).isEqualTo(Sentiment.Label.NEUTRAL);
    assertThat(zh.score("").label()).isEqualTo(Sentiment.Label.NEUTRAL);
  }

  @Test
  void negationFlipsAndDamps() {
    assertThat(zh("满意")).isPositive();
    assertThat(zh("不满意")).isNegative();
    assertThat(zh("没有问题")).isPositive().isLessThan(zh("很好"));
    assertThat(en("happy")).isPositive();
    assertThat(en("I am not happy")).isNegative();
    assertThat(en("it doesn't work")).isNegative();
    assertThat(en("not bad")).isPositive();
  }

  @Test
  void aNegationWithNothingToFlipIsAComplaint() {
    // Something missing or not done, told as a fact.
    assertThat(zh.score("我的快递还没到").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(zh.score("打了三次电话都没有人接").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(zh.score("师傅今天没来").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(zh("师傅今天没来")).isGreaterThan(zh("很不满意"));
    // Negating a neutral word is an absence too.
    assertThat(zh("信号不正常")).isNegative();
    // A negation with a word to flip only flips it.
    assertThat(zh("没有问题")).isPositive();
    // English negations keep VADER's rule: alone, they count nothing.
    assertThat(en.score("I don't know").label()).isEqualTo(Sentiment.Label.NEUTRAL);
  }

  @Test
  void questionsAndPoliteClosingsAreNoComplaints() {
    assertThat(zh.score("请问是不是要先交费").label()).isEqualTo(Sentiment.Label.NEUTRAL);
    assertThat(zh("你们有没有优惠活动")).isNotNegative();
    assertThat(zh.score("不用了").label()).isEqualTo(Sentiment.Label.NEUTRAL);
    assertThat(zh.score("没有了，谢谢").label()).isEqualTo(Sentiment.Label.POSITIVE);
    assertThat(zh.score("没什么事了").label()).isEqualTo(Sentiment.Label.NEUTRAL);
    // The answer to 还有其他需要吗 is the caller's last turn, and sets how the call ends: no more
    // is not 没网了 (what stopped working).
    for (String closing : new String[] {"没别的了", "没有其他的了", "没啥事了", "那没别的了", "别的没有了"}) {
      assertThat(zh.score(closing).label()).as(closing).isEqualTo(Sentiment.Label.NEUTRAL);
    }
    assertThat(zh.score("又没网了").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(zh("服务没得说")).isPositive();
  }

  @Test
  void aNegationDoesNotReachPastJiu() {
    // 没几天 is a time span; 坏了 is what happened after it.
    assertThat(zh("用了没几天就坏了")).isNegative();
    assertThat(zh("没多久就修好了")).isPositive();
  }

  @Test
  void complaintsToldAsFactsAreNegative() {
    assertThat(zh.score("宽带又掉线了").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(zh.score("打了好几次电话都没人处理").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(zh.score("说好的今天上门，结果没人来").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(zh.score("居然扣了我两百块").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(zh.score("你们必须给个说法").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(zh.score("我想查一下账单，怎么扣了这么多钱").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    // A caller's impatience and calling again.
    callerTurns(zh, Sentiment.Label.NEGATIVE, "我都打了三次电话了", "能不能快点", "这都第几次了", "你们能不能负点责任");
    // 一般 is "usually" before a verb or a number, "mediocre" after what it judges.
    for (String usually : new String[] {"我们一般会在24小时内回复您", "一般三到五个工作日到账"}) {
      assertThat(zh.score(usually).label()).as(usually).isEqualTo(Sentiment.Label.NEUTRAL);
    }
    callerTurns(zh, Sentiment.Label.NEGATIVE, "服务一般", "一般一般", "质量一般 不值这个钱");
    // Demands for better and passing the buck: 解决 and 靠谱 in them are no praise.
    callerTurns(zh, Sentiment.Label.NEGATIVE, "你们到底能不能解决", "你们能不能靠谱一点", "你们就是在推卸责任", "简直是噩梦");
    // A promise with its day (说好上周…) is broken as 说好的 is; everyone saying it tastes good is not.
    callerTurns(zh, Sentiment.Label.NEGATIVE, "定损员说好上周给我打电话的", "我都说了三遍了", "我按时交了还收我滞纳金");
    callerTurns(zh, Sentiment.Label.POSITIVE, "大家都说好吃", "你们这效率真高", "比我想的好多了");
    assertThat(zh.score("我就想赶紧修好").label()).isNotEqualTo(Sentiment.Label.POSITIVE);
    // Weaker than an evaluative word, so praise still wins.
    assertThat(zh("掉线")).isNegative().isGreaterThan(zh("差"));
    assertThat(zh("居然这么好吃")).isPositive();
  }

  @Test
  void englishComplaintsToldAsFactsAreNegative() {
    callerTurns(
        en,
        Sentiment.Label.NEGATIVE,
        "My internet keeps dropping every evening.",
        "The package still hasn't arrived.",
        "It never arrived.",
        "Nobody called me back.",
        "This is the third time I'm calling about this.",
        "okay well thanks i guess but this is the second time this happened",
        "It happened again last night.",
        "Nobody is fixing it.",
        "Can you hurry up?",
        "My bill went up again.",
        "I was promised a callback.",
        "Thanks for nothing.",
        "fine whatever",
        "I've been waiting three weeks.",
        "I was charged twice this month.",
        "You hung up on me last time.",
        "I want a refund.",
        "Let me speak to your manager.",
        "What's going on with my order?",
        "It was supposed to be fixed on Monday, you told me so.",
        "That's not what I asked.",
        "You're not listening to me.",
        "That doesn't help.",
        "The bill is way too high.",
        "I'm not paying for this.",
        "What a nightmare.");
    // "kind of" is a hedge, but "kind of you" praise.
    callerTurns(
        en, Sentiment.Label.POSITIVE, "That's very kind of you.", "It's kind of them to call.");
    assertThat(en.score("It's kind of slow").label()).isNotEqualTo(Sentiment.Label.POSITIVE);
    assertThat(en("It keeps dropping")).isNegative().isGreaterThan(en("It is bad"));
    assertThat(en("Thanks, the refund came and it works great")).isPositive();
    // Negated, a complaint cue is no praise; an agent's request is no complaint.
    assertThat(en.score("The engineer checked it, it is not leaking").label())
        .isEqualTo(Sentiment.Label.NEUTRAL);
    assertThat(en.score("Please don't hang up").label()).isEqualTo(Sentiment.Label.NEUTRAL);
    assertThat(en.score("No issues so far").label()).isEqualTo(Sentiment.Label.POSITIVE);
    // Nobody answering, sending it again, and no sense made, as an insurance claim is told.
    callerTurns(
        en,
        Sentiment.Label.NEGATIVE,
        "nobody has gotten back to me about it",
        "i've sent the photos twice already",
        "that doesn't make any sense",
        // and an outage, a payment that failed, a line never answered, a caller not understood
        "my power has been out since last night",
        "the app says my payment didn't go through",
        "i've been trying to get through all morning",
        "i've explained this three times now",
        "you're not understanding me");
  }

  @Test
  void anAgentSayingBackOrPassingOnAComplaintIsNoMoodOfTheAgents() {
    agentTurns(
        en,
        Sentiment.Label.NEUTRAL,
        "Let me confirm, you were charged twice this month?",
        "I'll get a supervisor to call you within the hour.",
        "I'm really sorry about that, I'll escalate it.",
        "Oh no, I'm really sorry about that.",
        "So you're saying the engineer missed both appointments?");
    agentTurns(
        zh,
        Sentiment.Label.NEUTRAL,
        "跟您确认一下，是本月话费重复扣款，对吗",
        "我们会在三个工作日内给您回复处理结果",
        "这边给您转交给投诉专员",
        "已经帮您登记了故障",
        "您是说快递员态度不好，而且包裹破损了，对吗");
    // Said by the customer, the same facts are a complaint.
    assertThat(en.score("you charged me twice this month").label())
        .isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(en.score("Oh no, not again").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(zh.score("本月话费重复扣款").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(zh.score("家里宽带又故障了").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    // What follows a restatement is the caller's words; before it the agent's own still count.
    assertThat(zh.score("您是说快递员态度不好").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(en.scoreAgent("That is a stupid question, so you're saying it broke?").label())
        .isEqualTo(Sentiment.Label.NEGATIVE);
    // The agent's own words of feeling still count.
    assertThat(en.scoreAgent("That is a stupid question").label())
        .isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(zh.scoreAgent("你这人真烦").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(zh.scoreAgent("很高兴为您服务").label()).isEqualTo(Sentiment.Label.POSITIVE);
  }

  @Test
  void anAgentDescribingTheCaseIsNoMoodOfTheAgents() {
    String[] named = {"这个问题我会升级处理", "我马上为您登记这个问题", "您反映的质量问题我已经记录了", "这个月的扣费是三十元", "已经帮您冻结了卡"};
    agentTurns(zh, Sentiment.Label.NEUTRAL, named);
    callerTurns(zh, Sentiment.Label.NEGATIVE, named);
    agentTurns(
        en,
        Sentiment.Label.NEUTRAL,
        "I will escalate this problem to my supervisor today",
        "There was an error on your bill, I have corrected it",
        "That was our mistake",
        "I have blocked the card and cancelled the order",
        "I can see the charges on your bill, the parcel was delayed",
        // how the trouble feels, said of the caller's case
        "I hear you, that's really frustrating.",
        "I can imagine how upsetting that is.",
        // bad news told
        "Unfortunately the offer has expired.",
        "Your payment failed last month.");
    agentTurns(zh, Sentiment.Label.NEUTRAL, "已经帮您取消了", "您上个月的扣款失败了", "您的套餐已经过期了");
    callerTurns(en, Sentiment.Label.NEGATIVE, "that's really frustrating", "it's so annoying");
    callerTurns(en, Sentiment.Label.NEGATIVE, "my payment failed again");
    callerTurns(zh, Sentiment.Label.NEGATIVE, "我的订单怎么被取消了", "付款一直失败");
    // A card or an account in trouble is the caller's; freezing it is the agent's remedy.
    callerTurns(zh, Sentiment.Label.NEGATIVE, "我的银行卡被盗刷了", "我的卡被吞了", "卡被冻结了");
    callerTurns(
        en,
        Sentiment.Label.NEGATIVE,
        "my account is frozen",
        "i've been scammed",
        "the atm swallowed my card");
    agentTurns(zh, Sentiment.Label.NEUTRAL, "我已经帮您把卡冻结了");
    agentTurns(en, Sentiment.Label.NEUTRAL, "I have frozen your account for now.");
    // A caller's trouble is the caller's complaint; no trouble is still praise.
    assertThat(en.score("I have a problem with my bill").label())
        .isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(zh.score("质量有问题").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(zh.score("用了一个月没有什么问题").label()).isEqualTo(Sentiment.Label.POSITIVE);
    assertThat(en.score("there is no problem").label()).isEqualTo(Sentiment.Label.POSITIVE);
    // Negated, the case is good news from the agent too.
    assertThat(zh.scoreAgent("质量没有问题").label()).isEqualTo(Sentiment.Label.POSITIVE);
    assertThat(en.scoreAgent("there is no error on your bill").label())
        .isEqualTo(Sentiment.Label.POSITIVE);
    // The agent's own words of feeling beside it still count.
    assertThat(zh.scoreAgent("这个问题太麻烦了，我处理不了").label()).isEqualTo(Sentiment.Label.NEGATIVE);
  }

  @Test
  void apologiesPoliteRequestsAndClosingsAreManners() {
    callerTurns(
        zh,
        Sentiment.Label.NEUTRAL,
        "非常抱歉给您带来不便",
        "实在抱歉，给您添麻烦了",
        "对不起，让您久等了",
        "不好意思，我想问一下",
        "麻烦您帮我查一下话费",
        "麻烦提供一下身份证后六位",
        "麻烦稍等一下",
        "那就麻烦你了",
        "我没有别的问题了",
        "没了",
        "这个我不太清楚",
        "我要找别人");
    assertThat(en.score("Sorry to keep you waiting").label()).isEqualTo(Sentiment.Label.NEUTRAL);
    // An agent's empathy is manners too: it read as the agent's own bad mood.
    callerTurns(
        en,
        Sentiment.Label.NEUTRAL,
        "I'm sorry to hear that.",
        "I understand your frustration.",
        "I completely understand how frustrating that must be.",
        "That must be frustrating for you.");
    callerTurns(en, Sentiment.Label.NEGATIVE, "This is so frustrating.");
    assertThat(en("I apologize for the trouble")).isNotNegative();
    assertThat(en("I apologise for the inconvenience")).isNotNegative();
    // Trouble itself is still a complaint, and so is an agent who cannot explain.
    assertThat(zh.score("退货太麻烦了").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(zh.score("客服说不清楚").label()).isEqualTo(Sentiment.Label.NEGATIVE);
  }

  @Test
  void aNegationDoesNotFlipThanks() {
    // The answer to "anything else?", as a recogniser writes it: "no" flipped the thanks after it.
    callerTurns(
        en,
        Sentiment.Label.POSITIVE,
        "no thats it thank you",
        "no that's all thanks",
        "not today thank you",
        "nope i think thats everything thanks");
    // A decline said with thanks is manners; thanks undone are still a complaint.
    callerTurns(en, Sentiment.Label.NEUTRAL, "no thank you", "No thanks, I've already seen one.");
    callerTurns(en, Sentiment.Label.NEGATIVE, "thanks for nothing", "no thanks to you");
    // Appreciating is a feeling a caller may deny.
    callerTurns(en, Sentiment.Label.NEGATIVE, "I don't appreciate being hung up on");
    callerTurns(zh, Sentiment.Label.POSITIVE, "没有了谢谢", "不用了谢谢", "没有 谢谢", "暂时不需要 谢谢");
  }

  @Test
  void aBareNoAnswersAQuestion() {
    // A negation alone counts as something missing or not done (没有勺子); said alone at the start
    // of a turn it answers a question (请问是张先生吗? 不是。).
    callerTurns(zh, Sentiment.Label.NEUTRAL, "没有", "不是的", "嗯不用，", "不是，我是想问一下话费");
    callerTurns(zh, Sentiment.Label.NEGATIVE, "没有勺子", "不是我要的", "我说了没有。");
    // A wrong number, a stranger and a decline are no complaint; a decline still flips.
    callerTurns(zh, Sentiment.Label.NEUTRAL, "不是，你打错了吧", "我不认识这个人", "不需要 我家已经有宽带了");
    callerTurns(zh, Sentiment.Label.POSITIVE, "不需要担心");
    // English "no" before a subject answers too, written without the comma: the clause after it is
    // not negated ("no that's fine" was a complaint), while its own negation still counts.
    callerTurns(en, Sentiment.Label.POSITIVE, "no that's fine", "no it's okay thanks");
    callerTurns(en, Sentiment.Label.NEGATIVE, "no it's not working", "no i don't like it");
  }

  @Test
  void whatACustomerAnswersAnOutboundCallWith() {
    callerTurns(zh, Sentiment.Label.NEUTRAL, "没有意见", "暂时没有", "他不在家 你晚点再打吧");
    callerTurns(zh, Sentiment.Label.POSITIVE, "给你们打十分", "暂时没发现问题");
    callerTurns(zh, Sentiment.Label.NEGATIVE, "我对你们很有意见", "火车晚点了");
    callerTurns(en, Sentiment.Label.NEUTRAL, "sorry wrong number", "you have the wrong number");
    callerTurns(en, Sentiment.Label.POSITIVE, "ten out of ten", "I would give you a ten");
    callerTurns(en, Sentiment.Label.NEGATIVE, "it could be better", "that is the wrong address");
  }

  @Test
  void dangerAtHomeIsNegativeAndItsEndARelief() {
    // "strong" is praise to VADER; the smell of gas read positive.
    callerTurns(
        en,
        Sentiment.Label.NEGATIVE,
        "Hi, I smell gas in my kitchen, it's really strong, I don't know what to do.",
        "the basement is flooded");
    callerTurns(en, Sentiment.Label.POSITIVE, "I can't smell gas any more");
    // "so much" after thanks strengthens them, as "so" before a word does.
    assertThat(en("thank you so much")).isGreaterThan(en("thank you"));
  }

  @Test
  void aRhetoricalQuestionSaysWhatItSeemsToDeny() {
    // 不是…吗 asks "isn't it …?" and means it is: its 不 flipped the complaint into praise.
    callerTurns(zh, Sentiment.Label.NEGATIVE, "这不是乱扣费吗", "这 不 是 骗人 吗", "你们这不就是乱收费嘛");
    callerTurns(zh, Sentiment.Label.POSITIVE, "这不是挺好的吗");
    // With nothing to flip it is a promise not kept, as before.
    callerTurns(zh, Sentiment.Label.NEGATIVE, "不是说三天就到吗");
    // Not a question: 不是 still negates.
    callerTurns(zh, Sentiment.Label.POSITIVE, "质量不是很差");
    // An agent calming a caller is no bad mood.
    agentTurns(zh, Sentiment.Label.NEUTRAL, "女士您先别激动，我帮您查一下", "您别生气，我马上处理");
  }

  @Test
  void nothingWrongIsNoComplaint() {
    // 没有什么/没发现 flip what follows like 没什么, and closings that say so are neutral.
    callerTurns(zh, Sentiment.Label.NEUTRAL, "我没有什么问题了", "没有什么其他问题了", "没什么问题了", "请问是什么问题呢");
    callerTurns(zh, Sentiment.Label.POSITIVE, "用了一个月没有什么问题", "没发现什么问题", "还没发现缺点", "没有什么大问题");
    // With nothing to flip it is still something missing, and a fault is still a fault.
    assertThat(zh.score("没有什么用").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(zh.score("快递到现在还没看到").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(zh.score("缺点是屏幕有点小").label()).isEqualTo(Sentiment.Label.NEGATIVE);
  }

  @Test
  void frustrationAndLeavingAreNegative() {
    // Idioms VADER reads as praise (kidding, joke) or not at all.
    callerTurns(
        en,
        Sentiment.Label.NEGATIVE,
        "Are you kidding me?",
        "This is a joke.",
        "Give me a break.",
        "I've had enough.",
        "Why does this keep happening?",
        "Why haven't you called me back?",
        "I'm switching to another provider.",
        "I'll take my business elsewhere.",
        "i've been a customer for years and i'm thinking of leaving",
        "why do i have to pay for something i didn't order",
        "How could you do this?",
        "I can't believe this.",
        "You've got to be kidding.",
        "I already told you my number.",
        "What are you talking about? I paid it.",
        "Oh God, not again.");
    assertThat(en("just kidding")).isNotNegative();
    assertThat(en("I can't believe how fast that was")).isNotNegative();
    assertThat(en.score("Why don't we start with your account number?").label())
        .isEqualTo(Sentiment.Label.NEUTRAL);
    callerTurns(
        zh, Sentiment.Label.NEGATIVE, "我受够了", "你们开玩笑吧", "我要携号转网", "我要换别家", "你们是不是有病", "神经病");
    // An illness told is no insult.
    callerTurns(zh, Sentiment.Label.NEUTRAL, "我有病在医院");
    // Calling again, and asking when it will be fixed, are no praise.
    callerTurns(zh, Sentiment.Label.NEGATIVE, "这已经是我第三次打电话了");
    assertThat(zh.score("你就告诉我什么时候能修好").label()).isNotEqualTo(Sentiment.Label.POSITIVE);
  }

  @Test
  void callSpeechReadByHandOnceMore() {
    // Each was neutral, or praise ("honest", "loyal", "ready"), before its entry.
    callerTurns(
        en,
        Sentiment.Label.NEGATIVE,
        "Honestly it's been a terrible experience from start to finish.",
        "I'll be honest, I'm about ready to switch providers.",
        "I've been a loyal customer for ten years and this is how you treat me.",
        "I was told someone would call me back and no one did.",
        "I want to speak to someone who can actually do something.");
    callerTurns(zh, Sentiment.Label.NEGATIVE, "你们客服电话太难打通了。", "我是你们的老用户了，就这么对待我？", "你们能不能有点效率？");
    // Asking to hear it again, or slower, is no complaint.
    callerTurns(zh, Sentiment.Label.NEUTRAL, "不好意思，我刚才没听清楚，你再说一遍。", "你能说慢一点吗？");
    callerTurns(en, Sentiment.Label.POSITIVE, "You've been very honest with me, thank you.");
    // A caller asking to hear it again, as a recogniser writes it: no comma after "sorry".
    callerTurns(
        en,
        Sentiment.Label.NEUTRAL,
        "sorry could you repeat that",
        "sorry what was that",
        "im sorry i didnt catch that",
        // and as people type it, with the interjection's comma
        "Sorry, could you repeat that?",
        "I'm sorry, I didn't catch your name.");
    // The comma after "sorry" joins no more than that: what follows still counts.
    callerTurns(en, Sentiment.Label.NEGATIVE, "I'm sorry, this is unacceptable.");
    callerTurns(en, Sentiment.Label.NEGATIVE, "sorry what is this charge i was charged twice");
    // Correcting themselves or breaking in, as callers reading out numbers do.
    callerTurns(
        en,
        Sentiment.Label.NEUTRAL,
        "sorry let me do that again four five one",
        "Sorry, I meant the other card.",
        "sorry go ahead",
        "sorry hang on a second",
        "sorry i was on mute");
    callerTurns(en, Sentiment.Label.NEGATIVE, "sorry i mean this is just ridiculous");
  }

  @Test
  void everydaySpeechAndDialectAreReadAsCallersMeanThem() {
    // Each was neutral, or praise (蜗牛 holds 牛, 解释 was made 合理, 充值 holds 值), before its entry.
    callerTurns(
        zh,
        Sentiment.Label.NEGATIVE,
        "你们这网速跟蜗牛似的",
        "咋回事儿啊这是",
        "态度咋这样呢",
        "这个月话费咋这么多",
        "我这wifi老是断",
        "老是给我打骚扰电话",
        "麻烦你快点行不行",
        "绝了，又扣我钱",
        "套餐说变就变",
        "你们能不能靠点谱",
        "我都跑了三趟营业厅了",
        "又让我重启路由器，我都重启八百遍了",
        "我要求你们给个合理的解释",
        "营业厅让我打客服，客服又让我去营业厅",
        "一个破路由器换了三次了",
        "这样下去我只能销号了");
    callerTurns(zh, Sentiment.Label.POSITIVE, "网速快多了", "师傅来得挺快的");
    // Asking when it will be done praises nothing, in dialect too; topping up and "you can" are
    // no praise either.
    callerTurns(zh, Sentiment.Label.NEUTRAL, "啥时候能整好啊", "什么时候能弄好", "我要给我儿子的号码充值", "我换了个新手机，号码没变");
    agentTurns(zh, Sentiment.Label.NEUTRAL, "您可以通过我们的app自助办理");
    callerTurns(
        en,
        Sentiment.Label.NEGATIVE,
        "nobody told me about this fee",
        "I've been going round in circles with you people",
        "you people never listen",
        "my internet is slow as molasses",
        "it's been down all day",
        "I can't get through to anyone",
        "you've got to be joking",
        "I've had it with you guys",
        "are you having a laugh",
        "I'm at my wits end",
        "my bill is way higher than it should be",
        "I've restarted the router like ten times",
        "the technician never turned up",
        "I've been transferred five times",
        "nothing has been done",
        "you're not making any sense",
        "I'm not going to put up with this",
        "I was told it would be fixed by friday and it still isn't",
        "I don't know who else to talk to",
        "why couldn't you tell me that in the first place",
        "how much longer do I have to wait");
    callerTurns(
        en,
        Sentiment.Label.POSITIVE,
        "you're a star",
        "you've made my day",
        "you've been really patient with me",
        "okay that works for me");
    callerTurns(en, Sentiment.Label.NEUTRAL, "could you slow down a bit please");
    agentTurns(
        en, Sentiment.Label.NEUTRAL, "I can see there's an outstanding balance of forty dollars");
    // Not ideal is the caller's trouble, and the agent's acknowledgement of it.
    callerTurns(en, Sentiment.Label.NEGATIVE, "that's not ideal");
    agentTurns(
        en, Sentiment.Label.NEUTRAL, "I know it's not ideal, I'll make a note on the account");
  }

  @Test
  void whatAConditionSupposesIsNotToldAsSo() {
    callerTurns(
        en,
        Sentiment.Label.NEUTRAL,
        "Alright, I'll give it a try and call back if it doesn't work.",
        "If it keeps dropping, I'll call again.");
    agentTurns(
        en,
        Sentiment.Label.NEUTRAL,
        "If you are not satisfied with the outcome, you can call us back.",
        "Let me know if anything is wrong.");
    // The condition holds its own clause only.
    callerTurns(
        en, Sentiment.Label.NEGATIVE, "It doesn't work, and if you don't fix it I'm leaving.");
  }

  @Test
  void rebuffsAndThreatsAreNegative() {
    // Each was neutral, or praise ("don't bother me", "legal action"), before its entry.
    callerTurns(
        en,
        Sentiment.Label.NEGATIVE,
        "I can't stand this anymore.",
        "I can't bear it.",
        "That makes my blood boil.",
        "I'm not in the mood for this.",
        "Don't bother me with that.",
        "It's none of your business.",
        "I'll sue you.",
        "I'll take you to court.",
        "i'll be posting about this online",
        "I'm going to leave a bad review.",
        "I'm going to take legal action.",
        "I will report you.");
    // An agent who tells the caller to calm down brushes them off; "calm" read as praise.
    agentTurns(en, Sentiment.Label.NEGATIVE, "Calm down sir, there's no need to shout.");
    assertThat(en("Don't bother, it's fine.")).isNotNegative();
    assertThat(en.score("I won't sue you.").label()).isNotEqualTo(Sentiment.Label.NEGATIVE);
    callerTurns(zh, Sentiment.Label.NEGATIVE, "我要起诉你们", "我要告你们", "咱们法院见", "我要找律师");
    // Brushing the other party off, from either side of the call.
    String[] rebuffs = {"那个不归我管", "不要就随便你", "你自己去查吧"};
    agentTurns(zh, Sentiment.Label.NEGATIVE, rebuffs);
    callerTurns(zh, Sentiment.Label.NEGATIVE, rebuffs);
    // A negated threat, a court as a place, a report as work: none is a complaint.
    callerTurns(zh, Sentiment.Label.NEUTRAL, "我不会起诉你们的", "法院的电话是多少", "我要报告你们的情况");
  }

  @Test
  void aHopeIsARequestNotPraise() {
    assertThat(zh.score("希望你们尽快处理").label()).isEqualTo(Sentiment.Label.NEUTRAL);
    assertThat(zh.score("行吧，希望这次别再拖了").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(zh.score("希望下次还是这么好吃").label()).isEqualTo(Sentiment.Label.POSITIVE);
  }

  @Test
  void callBackchannelsAreNeutral() {
    // Listening (对对对, 嗯嗯知道了) and giving in (行吧行吧) are no praise.
    callerTurns(zh, Sentiment.Label.NEUTRAL, "对对对", "嗯嗯，知道了", "收到", "行吧行吧，就这样吧", "明白了");
    // Nor is the answer to 对吗 when the agent says the need back.
    callerTurns(zh, Sentiment.Label.NEUTRAL, "对的", "对的对的", "没错", "嗯对的，没错");
    // 好的 still carries the 好 of 很好的.
    assertThat(zh.score("服务很好的").label()).isEqualTo(Sentiment.Label.POSITIVE);
    assertThat(zh.score("好的，谢谢你啊").label()).isEqualTo(Sentiment.Label.POSITIVE);
  }

  @Test
  void aGreetingByTheTimeOfDayIsNoMood() {
    // The caller's first turn sets how the call starts: "good morning" is manners, as 早上好 is.
    callerTurns(en, Sentiment.Label.NEUTRAL, "Good morning.", "Good afternoon, how can I help?");
    callerTurns(zh, Sentiment.Label.NEUTRAL, "早上好", "下午好，我想问一下话费");
    callerTurns(
        en,
        Sentiment.Label.NEGATIVE,
        "Good morning, my internet has been down for three days.",
        "Good evening, I've been charged twice again.");
    assertThat(en.score("The morning went well, the engineer was good.").label())
        .isEqualTo(Sentiment.Label.POSITIVE);
  }

  @Test
  void tooMuchOfSomethingIsAComplaint() {
    callerTurns(zh, Sentiment.Label.NEGATIVE, "你们这个效率也太低了吧", "时间太长了", "等得太久了");
    // 太 before praise is praise; a negation cancels the complaint.
    callerTurns(zh, Sentiment.Label.POSITIVE, "太好了", "太感谢了");
    assertThat(zh.score("也不是太长了").label()).isNotEqualTo(Sentiment.Label.NEGATIVE);
  }

  @Test
  void entriesAreReadAsTextsAre() {
    // "one" is read as the number 1 in a text, so "no one called" only matched once the entry was
    // read the same way; VADER's hyphenated entries match the words a text has between hyphens.
    callerTurns(
        en,
        Sentiment.Label.NEGATIVE,
        "No one called me back.",
        "Why has no one answered my e-mails?",
        "Nobody ever calls me back.",
        "No one ever answers.",
        "I don't have all day.",
        "Can you put me through to someone who knows what they're doing?",
        "The app won't open.",
        "I can't log in.",
        "Why is this so complicated?",
        "I've been a customer for ten years and this is how you treat me.");
    assertThat(en.score("It only happens once in a lifetime.").label())
        .isEqualTo(Sentiment.Label.POSITIVE);
    // Entries of VADER's that are emoticons (":-D", "<3", ":-o") stay off the words they contain.
    callerTurns(
        en,
        Sentiment.Label.NEUTRAL,
        "Option D, please.",
        "It costs 3 dollars.",
        "Zero one o one.",
        "It's a P.");
    // Chinese entries are folded as texts are: ICU folds 俱 to 具, and Q to q.
    callerTurns(zh, Sentiment.Label.POSITIVE, "东西一应俱全", "口感很Q弹");
    // Not every "nobody ever" or "someone who knows" complains.
    assertThat(en("Nobody ever complained about it.")).isNotNegative();
    assertThat(en.score("Someone who knows your account will call you.").label())
        .isEqualTo(Sentiment.Label.NEUTRAL);
  }

  @Test
  void likeIsAFeelingOnlyAsAVerb() {
    callerTurns(
        en,
        Sentiment.Label.NEUTRAL,
        "It was like three days ago.",
        "Like, what am I supposed to do?",
        "It feels like forever.",
        "It's something like forty dollars.");
    assertThat(en.score("I really like the new plan").label()).isEqualTo(Sentiment.Label.POSITIVE);
    assertThat(en.score("We like it").label()).isEqualTo(Sentiment.Label.POSITIVE);
    assertThat(en.score("I don't like it").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    // A complaint cue is not cancelled by the filler before it.
    assertThat(en.score("It's like the third time I've called").label())
        .isEqualTo(Sentiment.Label.NEGATIVE);
  }

  @Test
  void everydayPraiseAndScornInChinese() {
    callerTurns(zh, Sentiment.Label.POSITIVE, "物流也很快", "处理得很快", "还是一如既往", "下次还会买", "包装简约，手感柔软");
    callerTurns(zh, Sentiment.Label.NEGATIVE, "简直一塌糊涂", "这是欺诈", "这功能很鸡肋", "大失所望");
    // 快 alone is also "almost": waiting almost an hour is no praise.
    assertThat(zh("等了快一个小时")).isNotPositive();
  }

  @Test
  void aFaultFixedIsGoodNews() {
    callerTurns(
        en, Sentiment.Label.POSITIVE, "It works now!", "That fixed it.", "It's back online.");
    assertThat(zh.score("修好了，能用了").label()).isEqualTo(Sentiment.Label.POSITIVE);
    assertThat(en.score("It is not working again").label()).isEqualTo(Sentiment.Label.NEGATIVE);
  }

  @Test
  void namesOfDepartmentsCardsAndNumbersAreNeutral() {
    // VADER gives care, support, credit, number and pay a valence; in a call they are names.
    callerTurns(
        en,
        Sentiment.Label.NEUTRAL,
        "Could I have your account number?",
        "You are through to customer care.",
        "I need technical support.",
        "Which credit card did you use?",
        "Can I pay by credit card?",
        "What kind of plan do you have?");
    // A card (卡) in a call is no phone that lags, and an account's 安全 no safe product.
    callerTurns(zh, Sentiment.Label.NEUTRAL, "我想办一张信用卡", "卡号是多少", "我用的是电信卡");
    callerTurns(zh, Sentiment.Label.NEGATIVE, "手机很卡", "打游戏一直卡", "有点担心我的账户安全");
    // "security" too: worry about it is no praise of it.
    callerTurns(en, Sentiment.Label.NEUTRAL, "Can you do a security check?");
    callerTurns(en, Sentiment.Label.NEGATIVE, "i'm a bit worried about the security of my account");
  }

  @Test
  void aNegatedComplaintIsNeitherComplaintNorPraise() {
    assertThat(zh.score("检查过了，没有漏水").label()).isEqualTo(Sentiment.Label.NEUTRAL);
    assertThat(zh.score("宽带没有掉线").label()).isEqualTo(Sentiment.Label.NEUTRAL);
  }

  @Test
  void anExpectationLetDownNegatesWhatFollows() {
    assertThat(zh("没有想象中的那么好")).isNegative();
    assertThat(zh("这个套餐没什么用")).isNegative();
    assertThat(zh("没什么问题")).isPositive();
  }

  @Test
  void degreeWordsStrengthenOrSoften() {
    assertThat(zh("非常满意")).isGreaterThan(zh("满意"));
    assertThat(zh("有点慢")).isGreaterThan(zh("慢"));
    assertThat(zh("好极了")).isGreaterThan(zh("好"));
    assertThat(en("very good")).isGreaterThan(en("good"));
    assertThat(en("slightly annoying")).isGreaterThan(en("annoying"));
  }

  @Test
  void negatingADegreeWordOnlySoftens() {
    // 不太好 is mildly negative, weaker than 不好.
    assertThat(zh("不太好")).isNegative().isGreaterThan(zh("不好"));
    // Whatever the word: 不太方便 and 不大好吃 are mild complaints, 不太差 faint praise.
    assertThat(zh("不太方便")).isNegative();
    assertThat(zh("不大好吃")).isNegative();
    assertThat(zh("不太差")).isPositive().isLessThan(zh("好"));
    assertThat(en("not very good")).isNegative().isGreaterThan(en("not good"));
  }

  @Test
  void whatFollowsAContrastCountsMore() {
    assertThat(zh("味道不错，但是送得太慢了")).isNegative();
    assertThat(zh("送得有点慢，不过味道很好")).isPositive();
    assertThat(en("The food was good but the service was terrible")).isNegative();
  }

  @Test
  void exclamationsIntensify() {
    assertThat(zh("太差了！！")).isLessThan(zh("太差了"));
    assertThat(en("great!!")).isGreaterThan(en("great"));
  }

  @Test
  void traditionalCharactersScoreLikeSimplified() {
    // Words whose characters differ between the scripts: 惡劣 / 恶劣, 滿意 / 满意, 開心 / 开心.
    assertThat(zh("服務態度惡劣")).isEqualTo(zh("服务态度恶劣")).isNegative();
    assertThat(zh("非常滿意")).isEqualTo(zh("非常满意")).isPositive();
    assertThat(zh("今天很開心")).isEqualTo(zh("今天很开心")).isPositive();
  }

  @Test
  void longestEntryWins() {
    // 不错 and 不好意思 are entries of their own, not 不 + 错 or 不 + 好.
    assertThat(zh("不错")).isPositive();
    assertThat(zh("不好意思")).isGreaterThan(zh("不好"));
    assertThat(zh("好像")).isZero();
  }
}
