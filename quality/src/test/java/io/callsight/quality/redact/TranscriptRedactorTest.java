package io.callsight.quality.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.callsight.schemas.ChannelLayout;
import io.callsight.schemas.ConversationMeasures;
import io.callsight.schemas.Speaker;
import io.callsight.schemas.Transcript;
import io.callsight.schemas.TranscriptTurn;
import io.callsight.schemas.TranscriptWord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptRedactorTest {
  final TranscriptRedactor redactor = new TranscriptRedactor();

  /** A turn that answers nothing (the call's first). */
  TranscriptTurn redact(TranscriptTurn turn) {
    return redactor.redact(turn, "");
  }

  /** A recogniser's turn: its words half a second apart, the text their join. */
  static TranscriptTurn spoken(String words) {
    List<TranscriptWord> timed = new ArrayList<>();
    long at = 1_000;
    for (String w : words.split(" ")) {
      timed.add(new TranscriptWord(w, at, at + 400, timed.size() == 5 ? 0.6 : 0.9));
      at += 500;
    }
    return new TranscriptTurn(Speaker.CUSTOMER, 1_000, at - 100, words, timed);
  }

  @Test
  void aNumberSaidDigitByDigitBecomesOnePlaceholderWord() {
    TranscriptTurn t = redact(spoken("我 的 手机 是 一 三 八 零 零 一 三 八 零 零 零 谢谢"));
    assertThat(t.text()).isEqualTo("我 的 手机 是 [PHONE] 谢谢");
    assertThat(t.words())
        .extracting(
            TranscriptWord::word,
            TranscriptWord::startMs,
            TranscriptWord::endMs,
            TranscriptWord::conf)
        .containsExactly(
            tuple("我", 1_000L, 1_400L, 0.9),
            tuple("的", 1_500L, 1_900L, 0.9),
            tuple("手机", 2_000L, 2_400L, 0.9),
            tuple("是", 2_500L, 2_900L, 0.9),
            // From the first digit's start to the last one's end, as sure as its least sure digit.
            tuple("[PHONE]", 3_000L, 8_400L, 0.6),
            tuple("谢谢", 8_500L, 8_900L, 0.9));
    assertThat(t.startMs()).isEqualTo(1_000);
  }

  @Test
  void englishNumberWordsAndAddressesAreRedactedToo() {
    TranscriptTurn t =
        redact(
            spoken(
                "call me on one three eight double oh one three eight oh oh oh or mail zhang at qq dot com"));
    assertThat(t.text()).isEqualTo("call me on [PHONE] or mail [EMAIL]");
    assertThat(t.words())
        .extracting(TranscriptWord::word)
        .containsExactly("call", "me", "on", "[PHONE]", "or", "mail", "[EMAIL]");
  }

  @Test
  void theCentresOwnAddressStaysInTheWordsAsSaid() {
    TranscriptRedactor centre =
        new TranscriptRedactor(new Redactor(Redactor.ownDomains("example.com", "own domains")));
    TranscriptTurn own = centre.redact(spoken("send it to claims at example dot com please"), "");
    assertThat(own.text()).isEqualTo("send it to claims at example dot com please");
    TranscriptTurn customer = centre.redact(spoken("mine is zhang at qq dot com"), "");
    assertThat(customer.text()).isEqualTo("mine is [EMAIL]");
  }

  @Test
  void aWordThatHoldsPartOfANumberGoesWithIt() {
    // Recognisers may glue a digit to a word; the whole word is replaced.
    TranscriptTurn t = redact(spoken("号码是1 3800138000 好的"));
    assertThat(t.text()).isEqualTo("[PHONE] 好的");
    assertThat(t.words()).hasSize(2);
  }

  @Test
  void aTurnWithoutPersonalDataIsLeftAsItIs() {
    TranscriptTurn turn = spoken("您好 工号 一 零 二 四 请问 有 什么 可以 帮 您");
    assertThat(redact(turn)).isSameAs(turn);
  }

  @Test
  void aTextThatIsNotTheWordsJoinedIsRedactedOnItsOwn() {
    // A transcript from elsewhere, punctuated: the text keeps its punctuation.
    TranscriptTurn turn =
        new TranscriptTurn(
            Speaker.AGENT,
            0,
            2_000,
            "您的手机是13800138000，对吗？",
            List.of(
                new TranscriptWord("您的手机是", 0, 900, 0.9),
                new TranscriptWord("13800138000", 1_000, 1_600, 0.9),
                new TranscriptWord("对吗", 1_700, 2_000, 0.9)));
    TranscriptTurn t = redact(turn);
    assertThat(t.text()).isEqualTo("您的手机是[PHONE]，对吗？");
    assertThat(t.words())
        .extracting(TranscriptWord::word)
        .containsExactly("您的手机是", "[PHONE]", "对吗");
  }

  @Test
  void aNumberThatAnswersAQuestionIsReadWithIt() {
    TranscriptTurn asked =
        new TranscriptTurn(
            Speaker.AGENT,
            0,
            900,
            "could you give me your social security number",
            List.of(
                new TranscriptWord("could you give me your social security number", 0, 900, 1)));
    TranscriptTurn answer = spoken("sure it's one two three four five six seven eight nine");
    Transcript call = call(asked, answer);
    assertThat(redactor.redact(call).turns().get(1).text()).isEqualTo("sure it's [SSN]");
    // Asked nothing, nine digits are no number to redact.
    assertThat(redact(answer)).isSameAs(answer);
  }

  @Test
  void aCodeOrDateIsTheAnswerOnlyToTheTurnThatAskedForIt() {
    Transcript call =
        call(
            spoken("can you confirm your date of birth"),
            spoken("yes it's march seventh nineteen eighty five"),
            spoken("thank you and the pin on the account"),
            spoken("four three two one"),
            spoken("thanks and what is the number of your house"),
            spoken("one two three four"));
    assertThat(redactor.redact(call).turns())
        .extracting(TranscriptTurn::text)
        .containsExactly(
            "can you confirm your date of birth",
            "yes it's [BIRTH_DATE]",
            "thank you and the pin on the account",
            "[SECURITY_CODE]",
            "thanks and what is the number of your house",
            "one two three four");
  }

  @Test
  void aCodeOrDateReadBackLaterIsRedactedInItsWordsToo() {
    Transcript call =
        call(
            spoken("and the pin on the account"),
            spoken("it's four three two one"),
            spoken("thank you four three two one is right"),
            spoken("and you were born on the seventh of march nineteen eighty five"));
    List<TranscriptTurn> turns = redactor.redact(call).turns();
    assertThat(turns)
        .extracting(TranscriptTurn::text)
        .containsExactly(
            "and the pin on the account",
            "it's [SECURITY_CODE]",
            "thank you [SECURITY_CODE] is right",
            "and you were born on the [BIRTH_DATE]");
    assertThat(turns.get(2).words())
        .extracting(TranscriptWord::word, TranscriptWord::startMs, TranscriptWord::endMs)
        .containsExactly(
            tuple("thank", 1_000L, 1_400L),
            tuple("you", 1_500L, 1_900L),
            tuple("[SECURITY_CODE]", 2_000L, 3_900L),
            tuple("is", 4_000L, 4_400L),
            tuple("right", 4_500L, 4_900L));
    // The same turns as separate calls: nothing said before, nothing to say again.
    assertThat(redact(call.turns().get(2))).isSameAs(call.turns().get(2));
  }

  @Test
  void aNumberReadInPartsOverSeveralTurnsIsRedactedInEachTurnsWordsAndText() {
    TranscriptTurn agentMm = agent("嗯");
    // The recogniser's text punctuated, unlike its words: both are read in parts.
    TranscriptTurn last = spoken("五 六 七 八 对");
    last = new TranscriptTurn(last.speaker(), 0, 900, "五六七八，对。", last.words());
    Transcript call =
        call(agent("请问 您 的 手机号"), spoken("一 三 八"), agentMm, spoken("一 二 三 四"), agentMm, last);
    List<TranscriptTurn> turns = redactor.redact(call).turns();
    assertThat(turns)
        .extracting(TranscriptTurn::text)
        .containsExactly("请问 您 的 手机号", "[PHONE]", "嗯", "[PHONE]", "嗯", "[PHONE]，对。");
    assertThat(turns.get(5).words())
        .extracting(TranscriptWord::word, TranscriptWord::startMs, TranscriptWord::endMs)
        .containsExactly(tuple("[PHONE]", 1_000L, 2_900L), tuple("对", 3_000L, 3_400L));
    assertThat(turns.get(2)).isSameAs(agentMm);
  }

  @Test
  void aPunctuatedTextWaitsThroughAnAsideForItsAnswerAsItsWordsDo() {
    // A transcript from elsewhere: each text punctuated, unlike its words. Its words and its text
    // are two readings of the call; each keeps its own question waiting through the aside.
    Transcript call =
        call(
            punctuated(agent("and the pin on the account"), "And the PIN on the account?"),
            punctuated(spoken("hold on let me look"), "Hold on, let me look."),
            punctuated(agent("sure"), "Sure."),
            punctuated(spoken("four three two one"), "Four, three, two, one."));
    List<TranscriptTurn> turns = redactor.redact(call).turns();
    assertThat(turns.get(3).text()).isEqualTo("[SECURITY_CODE].");
    assertThat(turns.get(3).words())
        .extracting(TranscriptWord::word)
        .containsExactly("[SECURITY_CODE]");
  }

  /** The turn with another text than its words joined. */
  static TranscriptTurn punctuated(TranscriptTurn t, String text) {
    return new TranscriptTurn(t.speaker(), t.startMs(), t.endMs(), text, t.words());
  }

  static TranscriptTurn agent(String words) {
    TranscriptTurn t = spoken(words);
    return new TranscriptTurn(Speaker.AGENT, t.startMs(), t.endMs(), t.text(), t.words());
  }

  static Transcript call(TranscriptTurn... turns) {
    return new Transcript(
        "c1",
        "rec-c1",
        "en",
        "vosk",
        "test",
        ChannelLayout.AGENT_LEFT,
        10_000,
        1_700_000_000_000L,
        1_700_000_010_000L,
        List.of(turns),
        new ConversationMeasures(0, 0, 0, 0, 0, null, 2, 0L, 0.0, 0, List.of(), null, List.of()));
  }
}
