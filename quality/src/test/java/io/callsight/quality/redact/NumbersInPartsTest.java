package io.callsight.quality.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumbersInPartsTest {
  private final Redactor redactor = new Redactor();

  /** A call's turns, each "A: …" (agent) or "C: …" (customer), redacted as a call is. */
  private List<String> redacted(String... turns) {
    List<Redaction> redacted =
        new NumbersInParts(redactor)
            .redactInOrder(List.of(turns), t -> t.substring(3), t -> t.charAt(0));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < turns.length; i++) {
      out.add(turns[i].substring(0, 3) + redacted.get(i).text());
    }
    return out;
  }

  @Test
  void aCardReadInGroupsWithTheAgentSayingMmBetweenIsTakenInEveryTurn() {
    assertThat(
            redacted(
                "A: 请问您的银行卡号是多少？",
                "C: 6222 0212。",
                "A: 嗯。",
                "C: 然后是 3456",
                "A: 好的",
                "C: 7894",
                "A: 好的，已经为您查到了。"))
        .containsExactly(
            "A: 请问您的银行卡号是多少？",
            "C: [BANK_CARD]。",
            "A: 嗯。",
            "C: 然后是 [BANK_CARD]",
            "A: 好的",
            "C: [BANK_CARD]",
            "A: 好的，已经为您查到了。");
  }

  @Test
  void aCorrectedNumberDoesNotReachIntoTheNextTurnsDigits() {
    // Joined with the next turn, the corrected part's 五六七八 and 八五 would read as one run
    // after the correction: the date of birth as the phone number.
    assertThat(
            redacted("C: 我的手机号是一三九一二三四五，哦不是，五六七八", "A: 请问您的出生日期", "C: 我是八五年的", "A: 嗯", "C: 三月七号"))
        .containsExactly(
            "C: 我的手机号是[PHONE]，哦不是，[PHONE]",
            "A: 请问您的出生日期",
            "C: 我是[BIRTH_DATE]的",
            "A: 嗯",
            "C: [BIRTH_DATE]");
  }

  @Test
  void theAgentSayingEachGroupBackLosesItToo() {
    assertThat(redacted("C: 我的手机是一三八", "A: 一三八", "C: 一二三四", "A: 一二三四，嗯", "C: 五六七八", "A: 好的"))
        .containsExactly(
            "C: 我的手机是[PHONE]", "A: [PHONE]", "C: [PHONE]", "A: [PHONE]，嗯", "C: [PHONE]", "A: 好的");
  }

  @Test
  void anIdCardReadInThreeParts() {
    assertThat(
            redacted("A: 您的身份证号码是多少", "C: 我看一下啊，是四四零三零四", "A: 嗯", "C: 一九九零零三零七", "A: 嗯", "C: 一二三X"))
        .containsExactly(
            "A: 您的身份证号码是多少", "C: 我看一下啊，是[ID_CARD]", "A: 嗯", "C: [ID_CARD]", "A: 嗯", "C: [ID_CARD]");
  }

  @Test
  void anIdCardReadInPartsWhoseXWasNotWrittenAsALetter() {
    // Written as it sounds, or dropped: the three parts were left in the clear before.
    assertThat(redacted("A: 请您报一下身份证号码", "C: 四四零一零六", "A: 嗯", "C: 一九八八零三一五", "A: 好的", "C: 二三四艾克斯"))
        .containsExactly(
            "A: 请您报一下身份证号码", "C: [ID_CARD]", "A: 嗯", "C: [ID_CARD]", "A: 好的", "C: [ID_CARD]");
    assertThat(redacted("A: 请您报一下身份证号码", "C: 四四零一零六", "A: 嗯", "C: 一九八八零三一五", "A: 好的", "C: 二三四"))
        .containsExactly(
            "A: 请您报一下身份证号码", "C: [ID_CARD]", "A: 嗯", "C: [ID_CARD]", "A: 好的", "C: [ID_CARD]");
  }

  @Test
  void anIdCardsCheckCharacterMayBeAPartOfItsOwn() {
    assertThat(redacted("A: 请问身份证号", "C: 四四零三零四一九九零零三零七一二三", "A: 嗯", "C: 叉"))
        .containsExactly("A: 请问身份证号", "C: [ID_CARD]", "A: 嗯", "C: [ID_CARD]");
    assertThat(redacted("C: 我的手机是一三八", "A: 嗯", "C: X marks the spot"))
        .containsExactly("C: 我的手机是一三八", "A: 嗯", "C: X marks the spot");
  }

  @Test
  void aNumberSaidInWordsOverThreeTurns() {
    assertThat(
            redacted(
                "C: my number is five five five",
                "A: okay",
                "C: one two three",
                "A: uh huh, go on",
                "C: four five six seven, that's my cell"))
        .containsExactly(
            "C: my number is [PHONE]",
            "A: okay",
            "C: [PHONE]",
            "A: uh huh, go on",
            "C: [PHONE], that's my cell");
  }

  @Test
  void theSameSpeakersTurnsOneAfterAnotherAreJoinedToo() {
    // A recogniser that cuts at a pause gives the same speaker two turns in a row.
    assertThat(
            redacted(
                "C: card number six two two two zero two one two three four",
                "C: five six seven eight nine four"))
        .containsExactly("C: card number [BANK_CARD]", "C: [BANK_CARD]");
  }

  @Test
  void aPartMayEndWithAHesitation() {
    assertThat(redacted("C: 手机是一三八 嗯", "A: 嗯", "C: 一二三四五六七八"))
        .containsExactly("C: 手机是[PHONE] 嗯", "A: 嗯", "C: [PHONE]");
  }

  @Test
  void partsSaidWithOhAndDoubleAndConfirmedBetween() {
    assertThat(
            redacted(
                "A: your phone number?",
                "C: four one oh",
                "A: okay",
                "C: double five five",
                "A: uh huh",
                "C: oh one three two"))
        .containsExactly(
            "A: your phone number?",
            "C: [PHONE]",
            "A: okay",
            "C: [PHONE]",
            "A: uh huh",
            "C: [PHONE]");
    // The caller confirms the agent's read-back before going on.
    assertThat(
            redacted(
                "A: 请说一下卡号",
                "C: 六二二二 零二一二",
                "A: 六二二二 零二一二 对吗",
                "C: 对的",
                "A: 好 后面呢",
                "C: 三四五六 七八九四"))
        .containsExactly(
            "A: 请说一下卡号",
            "C: [BANK_CARD]",
            "A: [BANK_CARD] 对吗",
            "C: 对的",
            "A: 好 后面呢",
            "C: [BANK_CARD]");
  }

  @Test
  void anAgentsLongerAsideWithHesitationsStillStandsBetweenParts() {
    assertThat(redacted("C: 手机一三八", "A: 嗯嗯 好的 稍等我记一下 好了 您继续", "C: 零零一三 八零零零"))
        .containsExactly("C: 手机[PHONE]", "A: 嗯嗯 好的 稍等我记一下 好了 您继续", "C: [PHONE]");
  }

  @Test
  void aNumberReadInPartsIsTakenWhereverItIsSaidAgain() {
    assertThat(redacted("C: 卡号是六二二二零二一二", "A: 嗯", "C: 三四五六七八九四", "A: 好的，我再念一遍，六二二二零二一二三四五六七八九五，对吗"))
        .containsExactly(
            "C: 卡号是[BANK_CARD]", "A: 嗯", "C: [BANK_CARD]", "A: 好的，我再念一遍，[BANK_CARD]，对吗");
  }

  @Test
  void aCodeReadInPartsAfterItsQuestionIsTakenAndSoIsItsReadBack() {
    assertThat(redacted("A: 请报一下验证码", "C: 四七二", "A: 嗯", "C: 九一八", "A: 四七二九一八 好的"))
        .containsExactly(
            "A: 请报一下验证码",
            "C: [SECURITY_CODE]",
            "A: 嗯",
            "C: [SECURITY_CODE]",
            "A: [SECURITY_CODE] 好的");
  }

  @Test
  void theReadersOwnAsideBetweenPartsKeepsThemOneNumber() {
    // 等一下's 一 is no digit: the aside is neither a part nor a number.
    assertThat(redacted("C: 手机是幺三八 零零幺三", "A: 嗯", "C: 等一下我看一下啊", "A: 好的 不着急", "C: 八零零零"))
        .containsExactly("C: 手机是[PHONE]", "A: 嗯", "C: 等一下我看一下啊", "A: 好的 不着急", "C: [PHONE]");
  }

  @Test
  void numbersThatAreNoPersonalDataStayAcrossTurns() {
    assertThat(redacted("A: 总共是多少钱", "C: 一百二", "A: 嗯", "C: 三十五块"))
        .containsExactly("A: 总共是多少钱", "C: 一百二", "A: 嗯", "C: 三十五块");
    assertThat(redacted("C: 订单号是一二三四", "A: 嗯", "C: 五六七八九"))
        .containsExactly("C: 订单号是一二三四", "A: 嗯", "C: 五六七八九");
    assertThat(redacted("C: I have two", "A: okay", "C: three four year olds at home"))
        .containsExactly("C: I have two", "A: okay", "C: three four year olds at home");
  }

  @Test
  void partsAreJoinedOnlyAcrossShortTurnsOfTheOtherParty() {
    String[] call = {"C: 我的手机是一三八一二三", "A: 好的，您稍等一下，我这边先帮您查一下您的账户信息", "C: 四五六七八"};
    assertThat(redacted(call)).containsExactly(call);
    // Nor does another speaker's number continue the customer's.
    String[] twoSpeakers = {"C: 我的手机是一三八一二三", "A: 四五六七八"};
    assertThat(redacted(twoSpeakers)).containsExactly(twoSpeakers);
  }

  @Test
  void twoWholeNumbersInTurnsOneAfterAnotherStayTwo() {
    // Two mobiles: the last nine digits of the first and the first nine of the second make a
    // card number that passes the Luhn check and leaves two digits at either end, as few as a
    // stray 一 would. Taken as one card, it kept 一三 and 三 in the clear.
    assertThat(redacted("C: 我的手机是一三五二六零一八一五九", "A: 嗯", "C: 一八零八三零一六六一三"))
        .containsExactly("C: 我的手机是[PHONE]", "A: 嗯", "C: [PHONE]");
    // A phone and a cell: eight and eight digits make a card, and "two one" and "six one" were
    // left.
    assertThat(
            redacted(
                "C: you can reach me at two one two five five five oh one nine eight",
                "A: okay",
                "C: or my cell four one five three two eight seven seven six one"))
        .containsExactly("C: you can reach me at [PHONE]", "A: okay", "C: or my cell [PHONE]");
  }

  @Test
  void aTurnThatEndsOneNumberMayBeginTheNext() {
    assertThat(redacted("C: 手机一三八", "A: 嗯", "C: 一二三四五六七八，身份证四四零三零四", "A: 嗯", "C: 一九九零零三零七一二三X"))
        .containsExactly("C: 手机[PHONE]", "A: 嗯", "C: [PHONE]，身份证[ID_CARD]", "A: 嗯", "C: [ID_CARD]");
  }

  @Test
  void whereATurnEndsAndBeginsWithADigit() {
    assertThat(NumbersInParts.endsWithDigit("卡号是 6222 0212。")).isTrue();
    assertThat(NumbersInParts.endsWithDigit("one two three,")).isTrue();
    assertThat(NumbersInParts.endsWithDigit("一二三X")).isTrue();
    assertThat(NumbersInParts.endsWithDigit("一三八 嗯")).isTrue();
    assertThat(NumbersInParts.endsWithDigit("four five, uh")).isTrue();
    assertThat(NumbersInParts.endsWithDigit("好的，谢谢 嗯")).isFalse();
    assertThat(NumbersInParts.endsWithDigit("好的")).isFalse();
    assertThat(NumbersInParts.endsWithDigit("someone")).isFalse();
    assertThat(NumbersInParts.digitsFrom("嗯，然后是 3456")).isEqualTo(6);
    assertThat(NumbersInParts.digitsFrom("and then it's four")).isEqualTo(14);
    assertThat(NumbersInParts.digitsFrom("uh, um, five")).isEqualTo(8);
    assertThat(NumbersInParts.digitsFrom("I would like to ask about the bill from two"))
        .isEqualTo(-1);
    assertThat(NumbersInParts.digitsFrom("Oh I see")).isEqualTo(-1);
  }

  @Test
  void aWholeDateOfBirthDoesNotReachIntoTheNextAnswer() {
    // Said in words, a date ends with a digit ("nineteen ninety") and a short question for the zip
    // code begins the next answer with one; read on past the whole date, the zip code was its end.
    assertThat(
            redacted(
                "A: can you verify your date of birth for me",
                "C: yeah its the twelfth of august nineteen ninety",
                "A: thank you and your zip code",
                "C: nine four one one zero"))
        .containsExactly(
            "A: can you verify your date of birth for me",
            "C: yeah its the [BIRTH_DATE]",
            "A: thank you and your zip code",
            "C: nine four one one zero");
    // A date with its day and month still to come goes on after its comma.
    assertThat(redacted("A: your date of birth?", "C: May nineteen, nineteen ninety"))
        .containsExactly("A: your date of birth?", "C: [BIRTH_DATE]");
    assertThat(redacted("C: 我是一九九零年八月十二号出生的，邮编是九四一一零"))
        .containsExactly("C: 我是[BIRTH_DATE]出生的，邮编是九四一一零");
  }
}
