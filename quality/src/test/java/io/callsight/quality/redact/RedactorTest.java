package io.callsight.quality.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
  final Redactor redactor = new Redactor();

  String redact(String text) {
    return redactor.redact(text).text();
  }

  @Test
  void mobileNumbersInDigitsAndGroups() {
    assertThat(redact("我的手机是13812345678谢谢")).isEqualTo("我的手机是[PHONE]谢谢");
    assertThat(redact("号码 138 1234 5678 对")).isEqualTo("号码 [PHONE] 对");
    assertThat(redact("call me on +86 139-1234-5678 please"))
        .isEqualTo("call me on +86 [PHONE] please");
  }

  @Test
  void mobileNumbersSpokenInChinese() {
    assertThat(redact("手机号是幺三八幺二三四五六七八")).isEqualTo("手机号是[PHONE]");
    assertThat(redact("一三九，两两三四，五六七八")).isEqualTo("[PHONE]");
    assertThat(redact("我的號碼是壹三八")).isEqualTo("我的號碼是壹三八"); // three digits only
  }

  @Test
  void groupsPartedByThenOrAnEllipsis() {
    assertThat(redact("area code four one five, then five five five, one two three four"))
        .isEqualTo("area code [PHONE]");
    assertThat(redact("the number is four one five... five five five... one two three four"))
        .isEqualTo("the number is [PHONE]");
    assertThat(redact("my number is 415…555…1234")).isEqualTo("my number is [PHONE]");
    assertThat(redact("电话是一三八。。。零零一三。。。八零零零")).isEqualTo("电话是[PHONE]");
    for (String kept :
        new String[] {"press one then two then three", "at 3. Then at 4. Then 5 6"}) {
      assertThat(redact(kept)).isEqualTo(kept);
    }
  }

  @Test
  void aRunOfOneDigitSaidByItsCount() {
    assertThat(redact("我的号码是一三九 八个八")).isEqualTo("我的号码是[PHONE]");
    assertThat(redact("手机号幺三八 四个六 五七八九")).isEqualTo("手机号[PHONE]");
    assertThat(redact("电话是一三八三个零一二三四五")).isEqualTo("电话是[PHONE]");
    assertThat(redact("一三九两个一两个二三四五六")).isEqualTo("[PHONE]");
    // 个 counting something else, or a count with no number around it
    for (String kept :
        new String[] {
          "我买了两个一样的", "三个一百的", "他们三个八点到", "一共十二个八折商品", "我要三个八", "以次充好 6个80的掺杂着3个70的！"
        }) {
      assertThat(redact(kept)).isEqualTo(kept);
    }
    // read as digits: three eights, then 1234; but seven digits with no phone word are nothing
    assertThat(redact("房间是三个八一二三四")).isEqualTo("房间是三个八一二三四");
  }

  @Test
  void mobileNumbersSpokenInEnglish() {
    assertThat(redact("it's one three eight one two three four five six seven eight, thanks"))
        .isEqualTo("it's [PHONE], thanks");
    assertThat(redact("one three nine double one triple two four five six")).isEqualTo("[PHONE]");
    assertThat(redact("one three eight double oh one three eight oh oh oh")).isEqualTo("[PHONE]");
    // The last four in pairs, seventeen the longest number word.
    assertThat(redact("call me on four one five five five five seventeen seventeen"))
        .isEqualTo("call me on [PHONE]");
    assertThat(redact("One Three Eight, DOUBLE Oh one three eight OH oh Oh")).isEqualTo("[PHONE]");
    // Words that only begin like number words ("often", "sevens", "doubles") are words.
    assertThat(redact("one three eight often one two sevens doubles"))
        .isEqualTo("one three eight often one two sevens doubles");
  }

  @Test
  void idCardNumbersWithARightCheckDigit() {
    String id = "11010519491231002X";
    assertThat(Checksums.isIdCard(id)).isTrue();
    assertThat(redact("身份证号" + id + "。")).isEqualTo("身份证号[ID_CARD]。");
    assertThat(redact("身份证 一一零一零五一九四九一二三一零零二叉")).isEqualTo("身份证 [ID_CARD]");
    // A wrong check digit is no ID card (it may still pass for a card or a phone number)…
    assertThat(redactor.redact("ref 110105194912310021 ok").kinds())
        .doesNotContain(PiiKind.ID_CARD);
    // … unless the ID is named: a check digit misheard or misread, whole, not 一一[BANK_CARD].
    assertThat(redact("my id is 110105194912310021 ok")).isEqualTo("my id is [ID_CARD] ok");
    assertThat(redact("身份证号是 一一零一零五一九八五零三零七一二三一")).isEqualTo("身份证号是 [ID_CARD]");
  }

  @Test
  void anIdCardWhoseXWasNotWrittenAsALetter() {
    // A recogniser writes the X as it sounds (艾克斯): the seventeen digits were left before.
    assertThat(redact("身份证号是一一零一零五一九四九一二三一零零二艾克斯")).isEqualTo("身份证号是[ID_CARD]");
    assertThat(redact("身份证 一一零一零五 一九四九一二三一 零零二 爱克斯。")).isEqualTo("身份证 [ID_CARD]。");
    // Or drops it, or the caller says it first: seventeen digits with a date of birth inside,
    // after 身份证, are the number without its check character.
    assertThat(redact("身份证号是一一零一零五一九四九一二三一零零二")).isEqualTo("身份证号是[ID_CARD]");
    assertThat(redact("身份证最后一位是X，前面是一一零一零五一九四九一二三一零零二")).isEqualTo("身份证最后一位是X，前面是[ID_CARD]");
    assertThat(redact("my ID is 11010519491231002")).isEqualTo("my ID is [ID_CARD]");
    // Without 身份证, or without a date of birth inside, seventeen digits are some other number.
    assertThat(redact("订单号是四四零一零六一九八八零三一五二三四")).isEqualTo("订单号是四四零一零六一九八八零三一五二三四");
    assertThat(redact("身份证号是四四零一零六一九八八一三一五二三四")).isEqualTo("身份证号是四四零一零六一九八八一三一五二三四");
  }

  @Test
  void aDigitWrittenAsAWordThatSoundsTheSame() {
    // A recogniser writes "for" and "to" among digits: the card was left whole, cut in two.
    assertThat(
            redactor
                .redact(
                    "four five three nine one for eight eight oh three four three six four six seven",
                    "can i have the card number")
                .text())
        .isEqualTo("[BANK_CARD]");
    assertThat(
            redactor
                .redact("it's four one five five five five oh one to three", "your best number?")
                .text())
        .isEqualTo("it's [PHONE]");
    // Between a digit and a word, or as the words they are, they stay.
    assertThat(redact("i paid two for one and waited for two hours to three"))
        .isEqualTo("i paid two for one and waited for two hours to three");
    // Chinese has its own: 是 for 四, 吧 for 八, 就 for 九 among digits said in words.
    assertThat(redact("手机号是一三八一二三是五六七八")).isEqualTo("手机号是[PHONE]");
    assertThat(redact("手机号是一三吧 一二三四 五六七八")).isEqualTo("手机号是[PHONE]");
    assertThat(redact("卡号是六二二二零二零二零零零一二三四就六七")).isEqualTo("卡号是[BANK_CARD]");
    // Not among typed digits, which a recogniser did not write, nor beside one digit only.
    assertThat(redact("订单号：1421846721我11月6号下的")).isEqualTo("订单号：1421846721我11月6号下的");
    assertThat(redact("我的号码是一三八，尾号是五六七八")).isEqualTo("我的号码是一三八，尾号是五六七八");
  }

  @Test
  void bankCardsPassingLuhn() {
    String card = "6222020200112233445";
    assertThat(Checksums.isLuhn("4111111111111111")).isTrue();
    assertThat(redact("卡号4111 1111 1111 1111")).isEqualTo("卡号[BANK_CARD]");
    assertThat(redact("card four one one one one one one one one one one one one one one one"))
        .isEqualTo("card [BANK_CARD]");
    assertThat(redact("订单号4111111111111112")).isEqualTo("订单号4111111111111112");
    assertThat(Checksums.isLuhn(card)).isFalse();
  }

  @Test
  void landlinesAndShortNumbersNearAPhoneWord() {
    assertThat(redact("座机010-88886666")).isEqualTo("座机[PHONE]");
    assertThat(redact("电话是八八八八六六六六")).isEqualTo("电话是[PHONE]");
    assertThat(redact("订单12345678已发货")).isEqualTo("订单12345678已发货");
    // A mobile number misheard at its second digit (12…) is still a phone number after 手机, phone.
    assertThat(redact("手机号是12812345678")).isEqualTo("手机号是[PHONE]");
    assertThat(redact("my phone number is one two eight one two three four five six seven eight"))
        .isEqualTo("my phone number is [PHONE]");
    assertThat(redact("订单12812345678")).isEqualTo("订单12812345678");
  }

  @Test
  void northAmericanNumbersWrittenInTheirGroups() {
    for (String written : new String[] {"415-555-0132", "(415) 555-0132", "415.555.0132"}) {
      assertThat(redact("sure, it's " + written + " thanks"))
          .as(written)
          .isEqualTo("sure, it's [PHONE] thanks");
    }
    // A + before the country code stays, as before +86.
    assertThat(redact("sure, it's +1 415 555 0132 thanks")).isEqualTo("sure, it's +[PHONE] thanks");
    assertThat(redact("sure, it's +1 212 555 0132 thanks")).isEqualTo("sure, it's +[PHONE] thanks");
    // Said after the words people give a number with.
    assertThat(redact("you can reach me at four one five five five five oh one three two"))
        .isEqualTo("you can reach me at [PHONE]");
    assertThat(redact("my cell is 4155550132")).isEqualTo("my cell is [PHONE]");
    // A whole national number may come further after its word, in the same sentence.
    assertThat(
            redact(
                "the best number to reach you at would be five five five one two three four five"
                    + " six seven"))
        .isEqualTo("the best number to reach you at would be [PHONE]");
    assertThat(redact("the phone number we have on file for you is 555 123 4567"))
        .isEqualTo("the phone number we have on file for you is [PHONE]");
    assertThat(redact("Call me later. Order 4155550132 is late"))
        .isEqualTo("Call me later. Order 4155550132 is late");
    // A shorter number only right after it: "the number of seats sold by noon was 1234567".
    assertThat(redact("the number of seats sold by noon was 1234567"))
        .isEqualTo("the number of seats sold by noon was 1234567");
    // Not grouped so, and with no such word: an order or account reference stays.
    assertThat(redact("reference 4155550132 please")).isEqualTo("reference 4155550132 please");
    assertThat(redact("order 2023-121-5000")).isEqualTo("order 2023-121-5000");
  }

  @Test
  void aCompanysServiceNumberIsNoOnesPersonalData() {
    // Toll-free numbers, written or said: agents give them all day, and redacted they failed the
    // call on the privacy rule.
    for (String given :
        new String[] {
          "1-800-555-0199",
          "1 (888) 555-0123",
          "(877) 555-0123",
          "833.555.0123",
          "one eight hundred five five five zero one nine nine",
          "One eight hundred, five five five, zero one nine nine",
          "eight hundred five five five zero one nine nine",
          "one eight double oh five five five zero one nine nine"
        }) {
      assertThat(redact("you can reach claims at " + given + " any time"))
          .as(given)
          .isEqualTo("you can reach claims at " + given + " any time");
    }
    // Chinese 400 and 800 numbers, in digits and in words.
    assertThat(redact("可以打我们的热线 四零零 八八八 六六六六")).isEqualTo("可以打我们的热线 四零零 八八八 六六六六");
    assertThat(redact("客服电话4008886666")).isEqualTo("客服电话4008886666");
    assertThat(redact("热线是800-820-8820")).isEqualTo("热线是800-820-8820");
    // Eleven digits with a 1 and 8xx are a Chinese mobile too (180 0555 0199): only a 1 set apart
    // with the rest grouped 3-3-4, or "eight hundred", is the North American form.
    assertThat(redact("我的手机是18005550199")).isEqualTo("我的手机是[PHONE]");
    assertThat(redact("手机号 180 0555 0199")).isEqualTo("手机号 [PHONE]");
    assertThat(redact("my number is one eight zero zero five five five zero one nine nine"))
        .isEqualTo("my number is [PHONE]");
    // Other area codes are people's numbers, and "eight hundred" is a toll-free 800 only where a
    // number begins with it.
    assertThat(redact("sure, it's (415) 555-0132 thanks")).isEqualTo("sure, it's [PHONE] thanks");
    assertThat(redact("call me on 1-415-555-0132")).isEqualTo("call me on [PHONE]");
    assertThat(redact("the card ends in four two eight hundred and it cost eight hundred dollars"))
        .isEqualTo("the card ends in four two eight hundred and it cost eight hundred dollars");
  }

  @Test
  void anAddressAtTheCentresOwnDomainIsTheCentres() {
    Redactor centre = new Redactor(Redactor.ownDomains("example.com, Example.CN", "own domains"));
    for (String given :
        new String[] {
          "claims@example.com",
          "claims at example dot com",
          "support@mail.example.com",
          "kefu@example.cn",
          "kefu 艾特 example 点 cn"
        }) {
      assertThat(centre.redact("please write to " + given + " with the photos").text())
          .as(given)
          .isEqualTo("please write to " + given + " with the photos");
    }
    // A customer's address, and one whose domain only ends like the centre's, are still taken.
    assertThat(centre.redact("it's john.smith@gmail.com").text()).isEqualTo("it's [EMAIL]");
    assertThat(centre.redact("it's john@notexample.com").text()).isEqualTo("it's [EMAIL]");
    // Without the centre's domains every address is taken.
    assertThat(redact("please write to claims@example.com")).isEqualTo("please write to [EMAIL]");
  }

  @Test
  void theCentresDomainsAreCheckedWhenGiven() {
    assertThat(Redactor.ownDomains(" example.com ,Example.CN,", "x"))
        .containsExactly("example.com", "example.cn");
    assertThat(Redactor.ownDomains("", "x")).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Redactor.ownDomains("example.com, @example", "redaction.own-domains"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("redaction.own-domains: '@example' is not a domain name such as example.com");
  }

  @Test
  void anyCountrysNumberGivenWithItsCountryCode() {
    assertThat(redact("my number is +44 7700 900123 thanks"))
        .isEqualTo("my number is +[PHONE] thanks");
    assertThat(redact("ring 0044 20 7946 0958 tomorrow")).isEqualTo("ring [PHONE] tomorrow");
    assertThat(redact("office +49 30 901820")).isEqualTo("office +[PHONE]");
    // "plus forty four" before the digits said one by one (forty is no digit, four is): the
    // spoken country code goes with the number, not half of it.
    assertThat(
            redact("it's plus forty four seven seven zero zero nine double zero one two three ok"))
        .isEqualTo("it's [PHONE] ok");
    assertThat(redact("plus one four one five five five five zero one three two"))
        .isEqualTo("[PHONE]");
    // No plus, no 00, no phone word: a reference stays.
    assertThat(redact("reference 44 7700 900123")).isEqualTo("reference 44 7700 900123");
  }

  @Test
  void usSocialSecurityNumbers() {
    assertThat(redact("my social is 123-45-6789")).isEqualTo("my social is [SSN]");
    assertThat(redact("it's 123 45 6789")).isEqualTo("it's [SSN]");
    assertThat(redact("my social security number is one two three four five six seven eight nine"))
        .isEqualTo("my social security number is [SSN]");
    assertThat(redactor.redact("SSN 078051120").kinds()).containsExactly(PiiKind.SSN);
    // Never issued (area 666, 9xx; group 00; serial 0000): no SSN.
    assertThat(redact("order 666-12-3456")).isEqualTo("order 666-12-3456");
    assertThat(redact("order 123-00-4567")).isEqualTo("order 123-00-4567");
    assertThat(Checksums.isSsn("900123456")).isFalse();
    assertThat(Checksums.isSsn("123450000")).isFalse();
    // The last four, as agents ask for them, are no number to redact.
    assertThat(redact("the last four of your social are 6789")).endsWith("6789");
  }

  @Test
  void aNumberAtTheStartOfAnAnswerIsReadWithTheQuestion() {
    assertThat(
            redactor
                .redact(
                    "Sure, it's one two three four five six seven eight nine.",
                    "could you give me your social security number?")
                .text())
        .isEqualTo("Sure, it's [SSN].");
    assertThat(redactor.redact("八八八八六六六六", "请问您的联系电话是多少？").text()).isEqualTo("[PHONE]");
    assertThat(
            redactor
                .redact("4111 1111 1111 1112", "and the long number on the front of the card?")
                .text())
        .isEqualTo("[BANK_CARD]");
    // Unasked, or said later in a turn of its own, the same digits are no such number.
    assertThat(redact("Sure, it's one two three four five six seven eight nine."))
        .isEqualTo("Sure, it's one two three four five six seven eight nine.");
    assertThat(
            redactor
                .redact(
                    "I don't have it on me right now, but the order was 123456789",
                    "could you give me your social security number?")
                .text())
        .endsWith("123456789");
  }

  @Test
  void securityCodesAfterTheWordsThatAskForThem() {
    assertThat(redact("my PIN is 4 3 2 1")).isEqualTo("my PIN is [SECURITY_CODE]");
    assertThat(redact("the pin is twelve thirty four ok"))
        .isEqualTo("the pin is [SECURITY_CODE] ok");
    assertThat(redact("the code you sent me is four eight two nine one six, right?"))
        .isEqualTo("the code you sent me is [SECURITY_CODE], right?");
    assertThat(redact("and the CVV, it's 4 5 6")).isEqualTo("and the CVV, it's [SECURITY_CODE]");
    assertThat(redact("我的服务密码是幺二三四五六")).isEqualTo("我的服务密码是[SECURITY_CODE]");
    assertThat(redact("验证码 482916 对吧")).isEqualTo("验证码 [SECURITY_CODE] 对吧");
    assertThat(redact("驗證碼是四八二九一六")).isEqualTo("驗證碼是[SECURITY_CODE]");
    assertThat(redact("验证码是三个六三个八")).isEqualTo("验证码是[SECURITY_CODE]");
    // Asked in the turn before: the answer is the code.
    assertThat(
            redactor
                .redact("sure, four five six", "and the three digits on the back of the card?")
                .text())
        .isEqualTo("sure, [SECURITY_CODE]");
    assertThat(redactor.redact("嗯，是三七五", "请您报一下卡背面的三位数").text()).isEqualTo("嗯，是[SECURITY_CODE]");
    assertThat(redactor.redact("好的，稍等一下，是八二九一", "请问您收到的验证码是多少？").text())
        .isEqualTo("好的，稍等一下，是[SECURITY_CODE]");
  }

  @Test
  void aCodeWordWithoutACodeLeavesTheNumbersAlone() {
    // Too few digits, too many (a phone number), or a code that is no secret.
    assertThat(redact("your PIN needs 4 digits")).isEqualTo("your PIN needs 4 digits");
    assertThat(redact("the code expires in ten minutes")).endsWith("ten minutes");
    assertThat(redact("no code came, my number is 13812345678"))
        .isEqualTo("no code came, my number is [PHONE]");
    assertThat(redact("my zip code is 9 4 1 0 5")).isEqualTo("my zip code is 9 4 1 0 5");
    assertThat(redact("the error code is 4 0 4")).isEqualTo("the error code is 4 0 4");
    assertThat(redact("I forgot my password, I've been a customer for 12 years"))
        .endsWith("for 12 years");
    assertThat(redact("密码忘了，一下子想不起来")).isEqualTo("密码忘了，一下子想不起来");
    assertThat(redact("I was charged 120 dollars")).isEqualTo("I was charged 120 dollars");
    // An amount is no code, a cue carries to its own sentence only, and the back of a box is no
    // card's.
    for (String text : new String[] {"他们说密码要三百六十天换一次", "我忘了密码。订单是108号", "产品背面写着二零二零年二月到期"}) {
      assertThat(redact(text)).isEqualTo(text);
    }
  }

  @Test
  void theLastDigitsOfAPhoneAreNotTheCodeSentToIt() {
    // Agents name the phone a code went to by its last digits, as they are taught to.
    for (String text :
        new String[] {
          "I've sent a verification code to the number ending 4821.",
          "the code went to your phone ending in four eight two one",
          "验证码已经发送到您尾号4821的手机上，请您告诉我一下",
          "验证码发到您手机号后四位是四八二一的那个号码上了"
        }) {
      assertThat(redact(text)).isEqualTo(text);
    }
    assertThat(redact("验证码已经发到您尾号为4821的手机，验证码是583920"))
        .isEqualTo("验证码已经发到您尾号为4821的手机，验证码是[SECURITY_CODE]");
  }

  @Test
  void datesOfBirth() {
    assertThat(redact("my date of birth is the seventh of March nineteen eighty five."))
        .isEqualTo("my date of birth is the [BIRTH_DATE].");
    assertThat(redact("DOB 03/07/1985, zip 94105")).isEqualTo("DOB [BIRTH_DATE], zip 94105");
    assertThat(redact("I was born on March 7th 1985 and I've never been late"))
        .isEqualTo("I was born on [BIRTH_DATE] and I've never been late");
    assertThat(redact("I was born in 1985")).isEqualTo("I was born in [BIRTH_DATE]");
    assertThat(redact("我的出生日期是一九八五年三月七号")).isEqualTo("我的出生日期是[BIRTH_DATE]");
    assertThat(redact("生日是85年3月7日对")).isEqualTo("生日是[BIRTH_DATE]对");
    assertThat(
            redactor
                .redact(
                    "yes, it's march seventh nineteen eighty five",
                    "can you confirm your date of birth for me?")
                .text())
        .isEqualTo("yes, it's [BIRTH_DATE]");
    assertThat(redactor.redact("嗯，我想一下，一九八五年三月七号", "请问您的出生日期是？").text())
        .isEqualTo("嗯，我想一下，[BIRTH_DATE]");
  }

  @Test
  void aDateOfBirthSaidBeforeItsCue() {
    // As Chinese says it: the date, then 出生 or 生日.
    assertThat(redact("我是一九八五年三月七号出生的")).isEqualTo("我是[BIRTH_DATE]出生的");
    assertThat(redact("我八五年三月七号出生")).isEqualTo("我[BIRTH_DATE]出生");
    assertThat(redact("三月七号的生日")).isEqualTo("[BIRTH_DATE]的生日");
    assertThat(redact("三月七号是我的生日")).isEqualTo("[BIRTH_DATE]是我的生日");
    assertThat(redact("march seventh nineteen eighty five that's when I was born"))
        .isEqualTo("[BIRTH_DATE] that's when I was born");
    assertThat(redact("我是1985年的，三月七号出生")).isEqualTo("我是1985年的，[BIRTH_DATE]出生");
    // English names whose it is between the two.
    assertThat(redact("March 7th 1985 is my birthday")).isEqualTo("[BIRTH_DATE] is my birthday");
    assertThat(redact("03/07/1985 was my date of birth"))
        .isEqualTo("[BIRTH_DATE] was my date of birth");
    assertThat(redact("on the seventh of March nineteen eighty five I was born"))
        .isEqualTo("on the [BIRTH_DATE] I was born");
    // No date, or nobody's birthday.
    for (String text :
        new String[] {
          "我三年前出生的孩子",
          "上个月5号生日",
          "my 30th birthday",
          "the 1985 birth cohort",
          "in 1985 births were up"
        }) {
      assertThat(redact(text)).isEqualTo(text);
    }
  }

  @Test
  void aBirthWordWithoutADateLeavesTheNumbersAlone() {
    assertThat(redact("can I have your date of birth and the first line of your address"))
        .endsWith("the first line of your address");
    assertThat(redact("date of birth and the last 4 of your social"))
        .endsWith("the last 4 of your social");
    assertThat(redact("请问您的出生日期和身份证后四位")).isEqualTo("请问您的出生日期和身份证后四位");
    assertThat(redact("my birthday was on the fifth and you charged me twice"))
        .endsWith("on the fifth and you charged me twice");
    assertThat(redact("May I have your date of birth? I see 2 accounts here"))
        .endsWith("I see 2 accounts here");
    assertThat(redact("I was born here, call me on 13812345678"))
        .isEqualTo("I was born here, call me on [PHONE]");
    // A birthday's cake or party has a date that is nobody's date of birth.
    for (String text : new String[] {"我订的生日蛋糕 三月七号 要送到", "the birthday party is March 12th 2025"}) {
      assertThat(redact(text)).isEqualTo(text);
    }
    // Found in review texts: a price, a year's membership, 千万 ("by all means"), none of them a
    // date.
    for (String text : new String[] {"这是给我爸的生日礼物，不过1733块买的", "过生日的时候送了一年会员", "生日礼物千万别送晚了"}) {
      assertThat(redact(text)).isEqualTo(text);
    }
  }

  @Test
  void aPauseInsideANumberDoesNotEndIt() {
    assertThat(redact("我 的 手机 号 是 一 三 八 嗯 一 二 三 四 五 六 七 八")).isEqualTo("我 的 手机 号 是 [PHONE]");
    assertThat(redact("my number is one three eight, um, one two three four five six seven eight"))
        .isEqualTo("my number is [PHONE]");
    assertThat(redact("my social is one two three uh four five uh six seven eight nine"))
        .isEqualTo("my social is [SSN]");
    assertThat(
            redact(
                "my social security number is one two three dash four five dash six seven"
                    + " eight nine"))
        .isEqualTo("my social security number is [SSN]");
    assertThat(redact("my pin is one two uh three four")).isEqualTo("my pin is [SECURITY_CODE]");
    assertThat(redact("验证码 是 四五六 嗯 七八九")).isEqualTo("验证码 是 [SECURITY_CODE]");
    assertThat(redact("我 的 卡号 是 六二二二 嗯 零二一二 三四五六 七八九零 一二八")).isEqualTo("我 的 卡号 是 [BANK_CARD]");
  }

  @Test
  void tensAndADigitSayTwoDigits() {
    // "twenty five" is two digits of a date or a code, not three.
    assertThat(redact("my date of birth is twelve twenty five nineteen ninety"))
        .isEqualTo("my date of birth is [BIRTH_DATE]");
    assertThat(redact("my date of birth is oh three oh seven nineteen eighty five"))
        .isEqualTo("my date of birth is [BIRTH_DATE]");
    assertThat(redact("the code is twenty five thirty seven forty one"))
        .isEqualTo("the code is [SECURITY_CODE]");
  }

  @Test
  void twoNumbersSaidInARowAreBothTaken() {
    assertThat(redact("联系电话：13812345678，13987654321")).isEqualTo("联系电话：[PHONE]，[PHONE]");
    // Said twice over, digit by digit.
    assertThat(redact("我 的 号码 是 一 三 八 一 二 三 四 五 六 七 八 一 三 八 一 二 三 四 五 六 七 八"))
        .isEqualTo("我 的 号码 是 [PHONE] [PHONE]");
    // 三 is a name's, and an ID card follows the phone.
    assertThat(redact("张三，13812345678，44030419850307108X")).isEqualTo("张三，[PHONE]，[ID_CARD]");
    // A number that is none of them stays beside one that is.
    assertThat(redact("13812345678, order 20231225001")).isEqualTo("[PHONE], order 20231225001");
    // Digits written together are one number: nothing is cut out of the middle of a code.
    assertThat(redact("KF13812345678361930")).isEqualTo("KF13812345678361930");
    // Two mobiles whose join holds a stretch that passes the Luhn check, with digits of each left
    // over at its ends: two phones, not a card between 一三 and 三.
    assertThat(redact("我的手机是一三五二六零一八一五九 一八零八三零一六六一三")).isEqualTo("我的手机是[PHONE] [PHONE]");
    assertThat(redact("13526018159 18083016613")).isEqualTo("[PHONE] [PHONE]");
    // Ten digits and ten after "numbers" are two phones; eleven would be one misheard.
    assertThat(
            redact(
                "my numbers are two one two five five five oh one nine eight"
                    + " four one five three two eight seven seven six one"))
        .isEqualTo("my numbers are [PHONE] [PHONE]");
    // A card and its expiry date, a card with a stray digit at each end: still the card.
    assertThat(redact("card 4539 1488 0343 6467 04 27")).isEqualTo("card [BANK_CARD] 27");
    assertThat(redact("第一 4539148803436467 1")).isEqualTo("第一 [BANK_CARD] 1");
  }

  @Test
  void aQqNumberIsAnEmailAddress() {
    // Every QQ number has its mailbox at qq.com: given as the number, it is the address.
    assertThat(redact("我的QQ邮箱是123456789")).isEqualTo("我的QQ邮箱是[EMAIL]");
    assertThat(redact("邮箱就是我的QQ号，一二三四五六七八九")).isEqualTo("邮箱就是我的QQ号，[EMAIL]");
    assertThat(redact("我的扣扣是 一二三四五六七八")).isEqualTo("我的扣扣是 [EMAIL]");
    assertThat(redactor.redact("一二三四五六七八九", "您的QQ号是多少？").text()).isEqualTo("[EMAIL]");
    // A QQ group's number is no one's; a mobile given as one is still a phone.
    assertThat(redact("加QQ群12345678")).isEqualTo("加QQ群12345678");
    assertThat(redact("QQ号是13812345678")).isEqualTo("QQ号是[PHONE]");
  }

  @Test
  void aSecondPhoneNamedByWhereItRings() {
    assertThat(
            redact(
                "my cell is two one two five five five oh one nine eight"
                    + " and my work is four one five three two eight seven seven six one"))
        .isEqualTo("my cell is [PHONE] and my work is [PHONE]");
    assertThat(redact("at home it's four one five three two eight seven seven six one"))
        .isEqualTo("at home it's [PHONE]");
    assertThat(redact("the office is 4153287761, or my landline 2125550198"))
        .isEqualTo("the office is [PHONE], or my landline [PHONE]");
    assertThat(redact("I worked there for 1234567 days"))
        .isEqualTo("I worked there for 1234567 days");
  }

  @Test
  void aCaseOrOrderNumberIsNoPhoneNumber() {
    for (String text :
        new String[] {
          "your case number is eight four seven two nine three one five",
          "your order number is 20231225001",
          "the ticket number is 12345678",
          "您 的 订单 号码 是 二 零 二 三 一 二 二 五 零 零 一",
          // A mobile or a Luhn-valid stretch inside, with a digit or two to spare: the reference
          // is read out whole, and an agent who does so discloses nothing.
          "your case number is 181537033744",
          "your reference is 6223476044985604199.",
          "the ticket number is one eight one five three seven zero three three seven four four",
          "您的工单号是一八一五三七零三三七四四七，请您记一下",
          "受理编号：3419969537523",
          "您的设备序列号是4539148803436467",
          "您 的 订单 号码 是 一 八 一 五 三 七 零 三 三 七 四 四 七"
        }) {
      assertThat(redact(text)).isEqualTo(text);
    }
    assertThat(redact("订单号是181537033744，手机号是13912345678"))
        .isEqualTo("订单号是181537033744，手机号是[PHONE]");
    assertThat(redact("the order number is 4376058960744173865 and my card is 4539 1488 0343 6467"))
        .isEqualTo("the order number is 4376058960744173865 and my card is [BANK_CARD]");
    assertThat(redact("his phone number is 5550132")).isEqualTo("his phone number is [PHONE]");
    assertThat(redact("account number is 5 5 0 1 2 3 4 8")).isEqualTo("account number is [PHONE]");
  }

  @Test
  void aChineseCueWrittenInWordsApartIsStillOne() {
    assertThat(redact("卡 背面 的 三 位 数 是 七 二 九")).isEqualTo("卡 背面 的 三 位 数 是 [SECURITY_CODE]");
    assertThat(redact("安全 码 是 七 二 九")).isEqualTo("安全 码 是 [SECURITY_CODE]");
    assertThat(redact("生 日 是 三月 七号")).isEqualTo("生 日 是 [BIRTH_DATE]");
  }

  @Test
  void aQuestionWaitsForItsAnswerThroughAShortAside() {
    assertThat(
            call(
                "What's the code we texted you?",
                "Hold on, let me look.",
                "Okay, four five six seven eight nine."))
        .containsExactly(
            "What's the code we texted you?", "Hold on, let me look.", "Okay, [SECURITY_CODE].");
    assertThat(call("请问 您 收到 的 验证码 是 多少", "您 稍 等 啊 我 看 一下", "四 五 六 七 八 九"))
        .containsExactly("请问 您 收到 的 验证码 是 多少", "您 稍 等 啊 我 看 一下", "[SECURITY_CODE]");
    // Not through a turn that says something else, nor more than two asides.
    assertThat(
            call(
                "What's your PIN?",
                "I don't have it with me, but the store told me to call this number.",
                "One two three four."))
        .last()
        .isEqualTo("One two three four.");
    assertThat(call("What's your PIN?", "Hold on.", "Let me see.", "Still looking.", "4 3 2 1."))
        .last()
        .isEqualTo("4 3 2 1.");
  }

  /** A call's turns redacted in order, each the answer to the one before, as the job does. */
  List<String> call(String... turns) {
    SaidSoFar said = new SaidSoFar();
    List<String> out = new ArrayList<>();
    String asked = "";
    for (String turn : turns) {
      out.add(redactor.redact(turn, asked, said).text());
      asked = turn;
    }
    return out;
  }

  @Test
  void aTurnsOwnQuestionIsAnsweredByWhatFollowsIt() {
    assertThat(redact("my number? four one five, five five five, one two three four"))
        .isEqualTo("my number? [PHONE]");
    assertThat(redact("Social? Sure. It's one two three four five six seven eight nine"))
        .isEqualTo("Social? Sure. It's [SSN]");
    assertThat(redact("The code? Sure, it's four four two one."))
        .isEqualTo("The code? Sure, it's [SECURITY_CODE].");
    assertThat(redact("Your PIN? 4321, thank you."))
        .isEqualTo("Your PIN? [SECURITY_CODE], thank you.");
    assertThat(redact("手机号码是多少？一三九 四个八 五六七八")).isEqualTo("手机号码是多少？[PHONE]");
    assertThat(redact("电话？八八六七五四三二")).isEqualTo("电话？[PHONE]");
    assertThat(redact("验证码？三个六三个八")).isEqualTo("验证码？[SECURITY_CODE]");
    // Too far from the question, a question that asks something else, or a cue far from its end.
    for (String kept :
        new String[] {
          "my PIN? no, I don't have it. My order is 12345678",
          "When did you get the code? ten fifteen",
          "Your order number? 1234567, got it.",
          "要是在我面前就打了，是在说我不懂了？18号到北京，19.20.21一直是在派件"
        }) {
      assertThat(redact(kept)).isEqualTo(kept);
    }
  }

  @Test
  void aCodeOrDateSaidAgainLaterInTheCallIsTakenWithoutItsCue() {
    assertThat(
            call(
                "Can you confirm your date of birth?",
                "Yes, it's the seventh of March nineteen eighty five.",
                "Thank you, March 7th 1985, that matches. And the PIN?",
                "My PIN is four three two one.",
                "Let me repeat that: 4 3 2 1. And you were born in 03/07/1985, right?"))
        .containsExactly(
            "Can you confirm your date of birth?",
            "Yes, it's the [BIRTH_DATE].",
            "Thank you, [BIRTH_DATE], that matches. And the PIN?",
            "My PIN is [SECURITY_CODE].",
            "Let me repeat that: [SECURITY_CODE]. And you were born in [BIRTH_DATE], right?");
    assertThat(call("请您报一下卡背面的三位安全码。", "安全码是七二九。", "七二九，好的，核对一致。"))
        .containsExactly("请您报一下卡背面的三位安全码。", "安全码是[SECURITY_CODE]。", "[SECURITY_CODE]，好的，核对一致。");
    assertThat(call("验证码是三个六三个八", "好的，六六六八八八"))
        .containsExactly("验证码是[SECURITY_CODE]", "好的，[SECURITY_CODE]");
    assertThat(call("出生日期是一九八五年三月七号", "好的，八五年三月七号，没错。"))
        .containsExactly("出生日期是[BIRTH_DATE]", "好的，[BIRTH_DATE]，没错。");
    // Said twice in the turn that gives it.
    assertThat(call("my PIN is 4321. Yes, 4321."))
        .containsExactly("my PIN is [SECURITY_CODE]. Yes, [SECURITY_CODE].");
    // A PIN that is the year of the date of birth: read back, the whole date is the date, not
    // the PIN with the month and day left over (found by the property test's random search).
    assertThat(
            call(
                "my PIN is 1940",
                "and I was born on 1940年11月13日",
                "so that's 1940. And 1940年11月13日, thanks"))
        .containsExactly(
            "my PIN is [SECURITY_CODE]",
            "and I was born on [BIRTH_DATE]",
            "so that's [SECURITY_CODE]. And [BIRTH_DATE], thanks");
  }

  @Test
  void aPhoneOrCardNumberSaidAgainWithoutItsCueIsTakenEvenWithASlip() {
    assertThat(
            call(
                "Does he have your telephone number?",
                "No, it's 3725019281.",
                "3725015281?",
                "No, it's 3725019281, it's a 9, not a 5.",
                "And the store's is 3725066666."))
        .containsExactly(
            "Does he have your telephone number?",
            "No, it's [PHONE].",
            "[PHONE]?",
            "No, it's [PHONE], it's a 9, not a 5.",
            "And the store's is 3725066666.");
    // Another call knows nothing of this one's number: ten digits without a cue are no phone.
    assertThat(redactor.redact("No, it's 3725019281, it's a 9, not a 5.").text())
        .isEqualTo("No, it's 3725019281, it's a 9, not a 5.");
  }

  @Test
  void aQuestionAboutWhenACodeCameIsAnsweredWithATime() {
    assertThat(call("What time did you get the code?", "Around three fifteen."))
        .containsExactly("What time did you get the code?", "Around three fifteen.");
    assertThat(call("What's the code we texted you?", "Three one five."))
        .containsExactly("What's the code we texted you?", "[SECURITY_CODE].");
  }

  @Test
  void aFollowUpQuestionAsksForTheRestOfADateOfBirth() {
    assertThat(call("请问您的出生日期", "我是八五年的", "几月几号呢", "三月七号"))
        .containsExactly("请问您的出生日期", "我是[BIRTH_DATE]的", "几月几号呢", "[BIRTH_DATE]");
    assertThat(
            call(
                "Can you confirm your date of birth?",
                "The seventh of March.",
                "Okay, and the year?",
                "Nineteen eighty five."))
        .containsExactly(
            "Can you confirm your date of birth?",
            "The [BIRTH_DATE].",
            "Okay, and the year?",
            "[BIRTH_DATE].");
    // Without a date of birth asked for, 几号 asks for another date.
    assertThat(call("我想改一下套餐", "您想几号生效", "下个月三号")).containsExactly("我想改一下套餐", "您想几号生效", "下个月三号");
  }

  @Test
  void theRestOfADateOfBirthGivenInPartsComesNextOrAfterABackchannel() {
    assertThat(call("请问您的出生日期", "我是八五年的", "嗯", "三月七号"))
        .containsExactly("请问您的出生日期", "我是[BIRTH_DATE]的", "嗯", "[BIRTH_DATE]");
    assertThat(call("请问您的出生日期", "八五年的", "三月七号的"))
        .containsExactly("请问您的出生日期", "[BIRTH_DATE]的", "[BIRTH_DATE]的");
    assertThat(
            call(
                "What's your date of birth?", "March seventh.", "Mm hmm.", "Nineteen eighty five."))
        .containsExactly("What's your date of birth?", "[BIRTH_DATE].", "Mm hmm.", "[BIRTH_DATE].");
    // A whole date asks for no rest: the next date is another one.
    assertThat(call("请问您的出生日期", "一九八五年三月七号", "嗯", "四月二号我去营业厅办的卡"))
        .containsExactly("请问您的出生日期", "[BIRTH_DATE]", "嗯", "四月二号我去营业厅办的卡");
    // Nor does a part given where no date of birth was asked for.
    assertThat(call("您是什么时候办的卡", "八五年的", "嗯", "三月七号"))
        .containsExactly("您是什么时候办的卡", "八五年的", "嗯", "三月七号");
  }

  @Test
  void aNumberCorrectedAsItIsSaidIsTakenBeforeAndAfterTheCorrection() {
    assertThat(
            redact(
                "my number is one three eight, sorry, one three nine one two three four five six seven eight"))
        .isEqualTo("my number is [PHONE], sorry, [PHONE]");
    assertThat(redact("我的手机号是一三九一二三四五，哦不是，五六七八")).isEqualTo("我的手机号是[PHONE]，哦不是，[PHONE]");
    assertThat(redact("my phone number is 415 555, no wait, 415 556 1234"))
        .isEqualTo("my phone number is [PHONE], no wait, [PHONE]");
    assertThat(redact("手机号一三八一二三四，我说错了，一三八一二三五五六七八")).isEqualTo("手机号[PHONE]，我说错了，[PHONE]");
    // Neither part taken alone: what the number is was said before the part it corrects.
    assertThat(
            redact(
                "my social is one two three, uh, no, one two four four five six seven eight nine"))
        .isEqualTo("my social is [SSN], uh, no, [SSN]");
    assertThat(redact("座机是八八八，不对，八八八六六六六")).isEqualTo("座机是[PHONE]，不对，[PHONE]");
    String notACorrection =
        "my social is one two three, and the order is one two four four five six seven eight nine";
    assertThat(redact(notACorrection)).isEqualTo(notACorrection);
    // What follows a correction that is no number stays; so do a few digits and other words.
    assertThat(redact("my number is 13812345678, sorry, 10 minutes ago I called"))
        .isEqualTo("my number is [PHONE], sorry, 10 minutes ago I called");
    assertThat(redact("我的手机号是13812345678，不是，我有3个号")).isEqualTo("我的手机号是[PHONE]，不是，我有3个号");
    assertThat(redact("my phone is 13812345678 and the order is 4 5 6 7"))
        .isEqualTo("my phone is [PHONE] and the order is 4 5 6 7");
  }

  @Test
  void onlyTheSameWholeCodeOrDateIsTakenAgain() {
    assertThat(
            call(
                "My PIN is four three two one.",
                "Thanks.",
                "Your order number is 5 4 3 2 1, and 1 2 3 4 is the store.",
                "I was born on March 7th 1985.",
                "My wife was born on March 8th 1985; we met in 1985, on March 7th."))
        .containsExactly(
            "My PIN is [SECURITY_CODE].",
            "Thanks.",
            "Your order number is 5 4 3 2 1, and 1 2 3 4 is the store.",
            "I was born on [BIRTH_DATE].",
            "My wife was born on [BIRTH_DATE]; we met in 1985, on March 7th.");
    // A date without a year said again must sound like a date.
    assertThat(call("When were you born?", "January 5th.", "So the first five of you get in free."))
        .containsExactly(
            "When were you born?", "[BIRTH_DATE].", "So the first five of you get in free.");
    assertThat(call("When is your birthday?", "January 5th.", "Great, January 5th it is."))
        .containsExactly("When is your birthday?", "[BIRTH_DATE].", "Great, [BIRTH_DATE] it is.");
    // Another call knows nothing of this one's code.
    assertThat(redactor.redact("Let me repeat that: 4 3 2 1.").text())
        .isEqualTo("Let me repeat that: 4 3 2 1.");
  }

  @Test
  void anOrderNumberBeginningWithAYearIsNoLandline() {
    assertThat(redact("订单号 202312150001 查一下")).isEqualTo("订单号 202312150001 查一下");
    assertThat(redact("订单号2023121500012")).isEqualTo("订单号2023121500012");
    // Before a landline's 0 only the country code may stand (and stays, as a mobile's does).
    assertThat(redact("座机是8601088886666")).isEqualTo("座机是86[PHONE]");
    assertThat(redact("手机是8613812345678")).isEqualTo("手机是86[PHONE]");
    assertThat(redact("010 8888 6666 转 123")).startsWith("[PHONE]");
  }

  @Test
  void aCardNumberThatFailsLuhnIsStillACardAfterTheWordCard() {
    // 4111 1111 1111 1112 fails Luhn (a digit misheard): redacted after "card", left elsewhere.
    assertThat(redact("my card number is 4111 1111 1111 1112"))
        .isEqualTo("my card number is [BANK_CARD]");
    assertThat(redact("银行卡号六二二二零二一二三四五六七八九零一二")).isEqualTo("银行卡号[BANK_CARD]");
    // 222021234567890128 passes the ID-card check by chance: after 卡号 the whole run is the card.
    assertThat(redact("我的卡号是六二二二 零二一二 三四五六 七八九零 一二八")).isEqualTo("我的卡号是[BANK_CARD]");
    // An ID card is told by its check digit, "card" or not.
    assertThat(redact("my ID card number is 11010519491231002X"))
        .isEqualTo("my ID card number is [ID_CARD]");
    assertThat(redact("tracking 4111 1111 1111 1112")).isEqualTo("tracking 4111 1111 1111 1112");
  }

  @Test
  void emailsWrittenAndSpoken() {
    assertThat(redact("邮箱是zhang.san@example.com对")).isEqualTo("邮箱是[EMAIL]对");
    // The whole user name, spoken dots and all: "john dot" was left before.
    assertThat(redact("it's john dot smith at gmail dot com")).isEqualTo("it's [EMAIL]");
    assertThat(redact("邮箱是 zhang 点 san 艾特 163 点 com 对")).isEqualTo("邮箱是 [EMAIL] 对");
    assertThat(redact("mail mary.jane dot lee@example.org")).isEqualTo("mail [EMAIL]");
    assertThat(redact("邮箱 zhangsan 艾特 qq 点 com")).isEqualTo("邮箱 [EMAIL]");
    // Underscores and dashes said as words join the name too.
    assertThat(redact("my email is jane underscore doe at yahoo dot co dot uk"))
        .isEqualTo("my email is [EMAIL]");
    assertThat(redact("it's mary dash lee at example dot org")).isEqualTo("it's [EMAIL]");
    assertThat(redact("邮箱是 zhang 下划线 san 艾特 qq 点 com")).isEqualTo("邮箱是 [EMAIL]");
    // The @ said by its name, a domain's letters said apart, a spelled ending, and 圈a: all were
    // left in the clear.
    assertThat(redact("it's john smith at sign gmail dot com")).isEqualTo("it's [EMAIL]");
    assertThat(redact("jane underscore doe at symbol yahoo dot com")).isEqualTo("[EMAIL]");
    assertThat(redact("my email is jsmith at g mail dot com")).isEqualTo("my email is [EMAIL]");
    assertThat(redact("its jsmith at a o l dot com")).isEqualTo("its [EMAIL]");
    assertThat(redact("its jsmith at gmail dot c o m")).isEqualTo("its [EMAIL]");
    assertThat(redact("邮箱是 wangfang 圈a qq 点 com")).isEqualTo("邮箱是 [EMAIL]");
    assertThat(redact("look at the sign. it says closed"))
        .isEqualTo("look at the sign. it says closed");
    assertThat(redact("I'm at a cafe. Com on")).isEqualTo("I'm at a cafe. Com on");
  }

  @Test
  void aSpokenUserNameIsTakenWholeBackToTheWordsThatIntroduceIt() {
    // Said in parts: "j smith eighty four" was left before, all but its last word.
    assertThat(redact("it's j smith eighty four at outlook dot com")).isEqualTo("it's [EMAIL]");
    assertThat(redact("my email is j smith eighty four at outlook dot com"))
        .isEqualTo("my email is [EMAIL]");
    assertThat(redact("邮箱 张三 一二三 at qq 点 com")).isEqualTo("邮箱 [EMAIL]");
    assertThat(redact("我的邮箱是张三一二三艾特qq点com")).isEqualTo("我的邮箱是[EMAIL]");
    assertThat(redact("发到王五 艾特 163 点 com 吧")).isEqualTo("发到[EMAIL] 吧");
    // A sentence's end, a comma and the words that lead in stop it.
    assertThat(redact("I paid the bill. john at gmail dot com"))
        .isEqualTo("I paid the bill. [EMAIL]");
    assertThat(redact("yes, that's right, mary lee at example dot org"))
        .isEqualTo("yes, that's right, [EMAIL]");
    assertThat(redact("you can write to us at help at example dot com"))
        .isEqualTo("you can write to us at [EMAIL]");
    // Written, the name is the word touching the @.
    assertThat(redact("contact me: john smith@example.com")).isEqualTo("contact me: john [EMAIL]");
  }

  @Test
  void aUserNameSpelledOutOrInDigitsIsTakenWhole() {
    // Letters or digits said one by one are one word of the name, however many.
    assertThat(redact("my email is j o h n s m i t h at gmail dot com"))
        .isEqualTo("my email is [EMAIL]");
    assertThat(redact("我 的 邮箱 是 一 二 三 四 五 六 七 八 九 艾特 qq 点 com")).isEqualTo("我 的 邮箱 是 [EMAIL]");
    // 163.com said in numerals.
    assertThat(redact("我的邮箱是zhangsan艾特一六三点com")).isEqualTo("我的邮箱是[EMAIL]");
    assertThat(redact("我 的 邮箱 是 张三 艾特 一 六 三 点 com")).isEqualTo("我 的 邮箱 是 [EMAIL]");
    // After an English at too: the address was left whole before.
    assertThat(redact("我邮箱是 lina 一九八八 at 一六三 点 com")).isEqualTo("我邮箱是 [EMAIL]");
    assertThat(redact("是 zhangsan at 一 二 六 点 com 对")).isEqualTo("是 [EMAIL] 对");
  }

  @Test
  void aDomainSaidInChineseWordsAfterTheAtSign() {
    // 艾特 and @ mean nothing else, so a domain's name said in Chinese (新浪: sina) is one.
    assertThat(redact("邮箱是 wangfang 艾特 新浪 点 com")).isEqualTo("邮箱是 [EMAIL]");
    assertThat(redact("邮箱是wangfang艾特网易点com对吧")).isEqualTo("邮箱是[EMAIL]对吧");
    assertThat(redact("发到 lina@新浪.cn")).isEqualTo("发到 [EMAIL]");
    // A spoken English at is a word of its own: Chinese after it is no domain.
    assertThat(redact("I'll be at 一点 tomorrow")).isEqualTo("I'll be at 一点 tomorrow");
    assertThat(redact("we meet at 公司 点 com 的楼下")).isEqualTo("we meet at 公司 点 com 的楼下");
    assertThat(redact("我在群里艾特他一下点个赞")).isEqualTo("我在群里艾特他一下点个赞");
  }

  @Test
  void aSpokenAtIsAnAddressOnlyWhenANameAndADotFollow() {
    assertThat(redact("Look at the bill. It's JOHN AT GMAIL DOT COM, ok"))
        .isEqualTo("Look at the bill. It's [EMAIL], ok");
    assertThat(redact("at the moment it is li at qq.com")).isEqualTo("at the moment it is [EMAIL]");
    assertThat(redact("send it to wang at 163 点 com")).isEqualTo("send it to [EMAIL]");
    assertThat(redact("I am at home at five. Look at this, at two dot points"))
        .isEqualTo("I am at home at five. Look at this, at two dot points");
  }

  @Test
  void findingsSayWhatAndWhere() {
    Redaction r = redactor.redact("手机13812345678，邮箱a@b.cn");
    assertThat(r.kinds()).containsExactly(PiiKind.PHONE, PiiKind.EMAIL);
    assertThat(r.findings().get(0).start()).isEqualTo(2);
  }

  @Test
  void ordinaryTextIsLeftAlone() {
    String text = "您好，请问有什么可以帮您？一下就好，工号1024为您服务";
    assertThat(redact(text)).isEqualTo(text);
  }
}
