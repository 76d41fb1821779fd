package io.callsight.quality.redact;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No mobile number, valid ID-card number or social security number survives redaction, however it
 * was said.
 */
class RedactionPropertyTest {
  static final String[] ZH = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  static final String[] EN = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
  };
  final Redactor redactor = new Redactor();

  @Property(tries = 2000)
  void noMobileNumberSurvives(
      @ForAll("mobiles") String mobile,
      @ForAll("styles") int style,
      @ForAll("before") String before,
      @ForAll("after") String after) {
    String spoken = say(mobile, style);
    String redacted = redactor.redact(before + spoken + after).text();
    assertThat(digitsOf(redacted)).doesNotContain(mobile);
  }

  @Property(tries = 2000)
  void noValidIdCardNumberSurvives(
      @ForAll("idCards") String id,
      @ForAll("styles") int style,
      @ForAll("beforeId") String before,
      @ForAll("after") String after) {
    String redacted = redactor.redact(before + say(id, style) + after).text();
    assertThat(digitsOf(redacted)).doesNotContain(id.substring(0, 17));
  }

  @Property(tries = 1000)
  void noSocialSecurityNumberSurvives(
      @ForAll("ssns") String ssn, @ForAll("ssnStyles") int style, @ForAll("after") String after) {
    String said =
        switch (style) {
          case 0 ->
              "it's " + ssn.substring(0, 3) + "-" + ssn.substring(3, 5) + "-" + ssn.substring(5);
          case 1 ->
              "ok " + ssn.substring(0, 3) + " " + ssn.substring(3, 5) + " " + ssn.substring(5);
          case 2 -> "my social security number is " + say(ssn, 3);
          default -> "SSN " + ssn;
        };
    assertThat(digitsOf(redactor.redact(said + after).text())).doesNotContain(ssn);
  }

  @Property(tries = 500)
  void redactingAgainChangesNothingAndKeepsTheKinds(
      @ForAll("mobiles") String mobile, @ForAll("idCards") String id, @ForAll("styles") int style) {
    Redaction once = redactor.redact("手机" + say(mobile, style) + "。身份证号码是" + say(id, style));
    Redaction again = redactor.redact(once.text());
    assertThat(again.text()).isEqualTo(once.text());
    assertThat(again.kinds()).isEqualTo(once.kinds()).contains(PiiKind.PHONE, PiiKind.ID_CARD);
  }

  @Provide
  Arbitrary<String> mobiles() {
    return Combinators.combine(
            Arbitraries.integers().between(3, 9), Arbitraries.strings().numeric().ofLength(9))
        .as((second, rest) -> "1" + second + rest);
  }

  @Provide
  Arbitrary<String> idCards() {
    Arbitrary<String> region = Arbitraries.strings().numeric().ofLength(6);
    Arbitrary<String> birth =
        Combinators.combine(
                Arbitraries.integers().between(1930, 2020),
                Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 28))
            .as((y, m, d) -> String.format("%04d%02d%02d", y, m, d));
    Arbitrary<String> serial = Arbitraries.strings().numeric().ofLength(3);
    return Combinators.combine(region, birth, serial)
        .as((r, b, s) -> r + b + s + Checksums.idCardCheck(r + b + s));
  }

  /**
   * Numbers the Social Security Administration issues (no area 000, 666, 9xx; group 00; serial
   * 0000).
   */
  @Provide
  Arbitrary<String> ssns() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 899).filter(a -> a != 666),
            Arbitraries.integers().between(1, 99),
            Arbitraries.integers().between(1, 9999))
        .as((area, group, serial) -> String.format("%03d%02d%04d", area, group, serial));
  }

  @Provide
  Arbitrary<Integer> ssnStyles() {
    return Arbitraries.integers().between(0, 3);
  }

  @Provide
  Arbitrary<Integer> styles() {
    return Arbitraries.integers().between(0, 6);
  }

  @Provide
  Arbitrary<String> before() {
    return Arbitraries.of(
        "",
        "我的号码是",
        "好的，",
        "您稍等一下 ",
        "第一",
        "my number is ",
        "请记一下：",
        "one moment, it's ",
        "+86 ",
        "0086");
  }

  /** What may come before an ID number: anything but a phone number's country prefix. */
  @Provide
  Arbitrary<String> beforeId() {
    return Arbitraries.of(
        "", "身份证号是", "好的，", "您稍等一下 ", "第一", "my id is ", "请记一下：", "one moment, it's ");
  }

  @Provide
  Arbitrary<String> after() {
    return Arbitraries.of("", " thanks", "，对吗？", " 一下", "对", "。第二个是", ", one moment");
  }

  /** Says a number in one of several ways people and recognisers write it. */
  static String say(String number, int style) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      int d = c == 'X' ? -1 : c - '0';
      switch (style) {
        case 0 -> s.append(c);
        case 1 -> s.append(i == 3 || i == 7 ? " " : "").append(c);
        case 2 -> s.append(d < 0 ? "叉" : d == 1 && i % 2 == 0 ? "幺" : ZH[d]);
        case 3 -> s.append(i > 0 ? " " : "").append(d < 0 ? "x" : EN[d]);
        case 4 -> s.append(i == 3 || i == 7 ? "-" : "").append(c);
        case 5 -> s.append(d < 0 ? "X" : i % 3 == 0 ? ZH[d] : String.valueOf(c));
        default -> s.append(d < 0 ? "X" : (char) ('０' + d));
      }
    }
    return s.toString();
  }

  /** The digits left in a text, spoken ones included, so a surviving number shows either way. */
  static String digitsOf(String text) {
    StringBuilder out = new StringBuilder();
    DigitRuns.find(text, new boolean[text.length()])
        .forEach(run -> run.forEach(d -> out.append(d.value())));
    return out.toString();
  }
}
