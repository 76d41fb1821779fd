package io.callsight.quality.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.quality.Conversation;
import io.callsight.quality.Speaker;
import io.callsight.quality.Turn;
import io.callsight.quality.rules.RuleSets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever a recogniser or a caller puts in a transcript is scored, never thrown back: the quality
 * job sends only a transcript it cannot read to dead letters, so an exception in scoring would stop
 * the job on the same transcript at every restart.
 */
class AnyTranscriptPropertyTest {
  private static final List<CallScorer> SCORERS =
      RuleSets.BUILT_IN.stream().map(name -> new CallScorer(RuleSets.builtIn(name))).toList();

  /** What the redactor, the matcher and the sentiment lexicon read specially, in both languages. */
  private static final String[] WORDS = {
    "零",
    "一",
    "二",
    "幺",
    "两",
    "十",
    "百",
    "千",
    "万",
    "亿",
    "点",
    "杠",
    "艾特",
    "艾克斯",
    "圈a",
    "壹",
    "〇",
    "zero",
    "one",
    "oh",
    "double",
    "triple",
    "hundred",
    "thousand",
    "at",
    "dot",
    "com",
    "X",
    "@",
    ".",
    "-",
    "手机号",
    "身份证号是",
    "卡号",
    "我的QQ邮箱是",
    "my card number is",
    "my phone is",
    "email",
    "您好",
    "工号",
    "再见",
    "投诉",
    "着火了",
    "不",
    "没有",
    "但是",
    "很",
    "太",
    "了",
    "吗",
    "not",
    "never",
    "but",
    "if",
    "very",
    "sorry",
    "thank you",
    "，",
    "。",
    "？",
    " ",
    "\t",
    "\n",
    "１３８",
    "①",
    "½",
    "٣",
    "\u200b",
    "\ufeff",
    "e\u0301",
    "ﬁ",
    "İ",
    "\uD83D\uDE00"
  };

  @Property(tries = 1000)
  void anyTranscriptIsScored(
      @ForAll("turns") List<Turn> turns, @ForAll @IntRange(max = 2) int ruleSet) {
    CallScorer scorer = SCORERS.get(ruleSet);
    CallScore s = scorer.score(new Conversation("c", scorer.ruleSet().language(), turns));
    assertThat(s.score()).isBetween(0.0, 100.0);
    assertThat(s.verdicts()).hasSize(scorer.ruleSet().rules().size());
    assertThat(s.turns()).hasSize(turns.size());
    assertThat(s.turns()).allSatisfy(t -> assertThat(t.sentiment()).isBetween(-1.0, 1.0));
  }

  @Provide
  Arbitrary<List<Turn>> turns() {
    Arbitrary<String> text =
        Arbitraries.oneOf(
                Arbitraries.of(WORDS),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25),
                Arbitraries.chars().range('\u4e00', '\u9fff').map(String::valueOf),
                Arbitraries.chars().range(' ', '~').map(String::valueOf),
                Arbitraries.chars().range('\uff01', '\uff5e').map(String::valueOf),
                // lone surrogates, control characters and combining marks, as a broken decoder
                // or a recogniser's byte slip leaves them
                Arbitraries.chars().range('\ud800', '\udfff').map(String::valueOf),
                Arbitraries.chars().range('\u0000', '\u001f').map(String::valueOf),
                Arbitraries.chars().range('\u0300', '\u036f').map(String::valueOf),
                Arbitraries.integers().between(0x1f300, 0x1faff).map(Character::toString),
                Arbitraries.integers().between(0x20000, 0x2a6df).map(Character::toString))
            .list()
            .ofMaxSize(60)
            .map(parts -> String.join("", parts));
    return Combinators.combine(
            Arbitraries.of(Speaker.class),
            Arbitraries.longs().between(0, 900_000),
            Arbitraries.longs().between(0, 60_000),
            text)
        .as((speaker, start, length, said) -> new Turn(speaker, start, start + length, said))
        .list()
        .ofMaxSize(15);
  }
}
