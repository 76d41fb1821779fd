package io.callsight.quality.redact;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * No mobile number, valid ID-card number, social security number, security code or date of birth
 * survives redaction, however it was said.
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
      @ForAll("numberStyles") int style,
      @ForAll("before") String before,
      @ForAll("after") String after) {
    String redacted = redactor.redact(before + say(mobile, style) + after).text();
    assertTakenWhole(redacted, before, after);
  }

  @Property(tries = 2000)
  void noValidIdCardNumberSurvives(
      @ForAll("idCards") String id,
      @ForAll("numberStyles") int style,
      @ForAll("beforeId") String before,
      @ForAll("after") String after) {
    String redacted = redactor.redact(before + say(id, style) + after).text();
    assertTakenWhole(redacted, before, after);
  }

  /**
   * An ID card named as one is taken whole when its check character is not written as a letter: an
   * X written as it sounds (艾克斯), or a check character a recogniser dropped.
   */
  @Property(tries = 1000)
  void anIdCardWhoseCheckCharacterIsNoLetterDoesNotSurvive(
      @ForAll("idCards") String id,
      @ForAll @IntRange(min = 0, max = 3) int check,
      @ForAll("chineseNumberStyles") int style,
      @ForAll("idCues") String before,
      @ForAll("after") String after) {
    String body = say(id.substring(0, 17), style);
    String last = id.endsWith("X") ? X_AS_SAID[check] : say(id.substring(17), style);
    String said = check == 0 ? body : body + last;
    String redacted = redactor.redact(before + said + after).text();
    assertTakenWhole(redacted, before, after);
  }

  /**
   * A digit inside a number said in Chinese, written as a character of the same sound (是 for 四),
   * does not let the number through.
   */
  @Property(tries = 1000)
  void aDigitWrittenAsItsHomophoneDoesNotLetANumberSurvive(
      @ForAll("mobilesOrIdCards") String number,
      @ForAll @IntRange(min = 1, max = 9) int at,
      @ForAll("beforeId") String before,
      @ForAll("after") String after) {
    String said = say(number, 8).replace("嗯", "");
    int i = Math.min(at, said.length() - 2);
    String homophone = HOMOPHONES.getOrDefault(said.charAt(i), String.valueOf(said.charAt(i)));
    String redacted =
        redactor
            .redact(before + said.substring(0, i) + homophone + said.substring(i + 1) + after)
            .text();
    assertTakenWhole(redacted, before, after);
  }

  /** An ID card's X as a recogniser may write it (index 0: dropped). */
  static final String[] X_AS_SAID = {"", "艾克斯", "爱克斯", " 埃克斯"};

  /** A Chinese digit and a character a recogniser writes for it. */
  static final Map<Character, String> HOMOPHONES =
      Map.of(
          '一', "衣", '二', "儿", '三', "山", '四', "是", '五', "我", '六', "溜", '七', "期", '八', "吧", '九', "就");

  @Provide
  Arbitrary<Integer> chineseNumberStyles() {
    return Arbitraries.of(0, 1, 2, 5, 8);
  }

  @Provide
  Arbitrary<String> idCues() {
    return Arbitraries.of("身份证号是", "身份证 ", "我的身份证号码是：", "身份证最后一位是X，前面是");
  }

  /**
   * A company's service number stays as it was given, in every shape agents give it; the same
   * shapes with any other area code are a person's number and are taken.
   */
  @Property(tries = 1000)
  void aServiceNumberStaysAndAnotherAreaCodeIsTaken(
      @ForAll("areaCodes") String area,
      @ForAll("localNumbers") String local,
      @ForAll("serviceShapes") int shape) {
    boolean service = area.equals("400") || area.matches("8(00|33|44|55|66|77|88)");
    String given =
        switch (shape) {
          case 0 -> "1-" + area + "-" + local.substring(0, 3) + "-" + local.substring(3);
          case 1 -> "(" + area + ") " + local.substring(0, 3) + "-" + local.substring(3);
          case 2 -> area + "." + local.substring(0, 3) + "." + local.substring(3);
          case 3 -> "1 " + area + " " + local.substring(0, 3) + " " + local.substring(3);
          case 4 -> area + "-" + local.substring(0, 3) + "-" + local.substring(3);
          // in Chinese numerals, grouped 3-3-4 (四零零 八八八 六六六六)
          default ->
              say(area, 2) + " " + say(local.substring(0, 3), 2) + " " + say(local.substring(3), 2);
        };
    String text = "you can reach us at " + given + " any time";
    String redacted = redactor.redact(text).text();
    if (service) {
      assertThat(redacted).as(text).isEqualTo(text);
    } else if (area.charAt(0) >= '2') {
      assertThat(redacted).as(text).isEqualTo("you can reach us at [PHONE] any time");
    }
  }

  @Provide
  Arbitrary<String> areaCodes() {
    return Arbitraries.oneOf(
        Arbitraries.of("400", "800", "833", "844", "855", "866", "877", "888"),
        Arbitraries.strings().numeric().ofLength(3));
  }

  /** A number's last seven digits, its exchange beginning 2–9 as North American exchanges do. */
  @Provide
  Arbitrary<String> localNumbers() {
    return Combinators.combine(
            Arbitraries.integers().between(2, 9), Arbitraries.strings().numeric().ofLength(6))
        .as((first, rest) -> first + rest);
  }

  @Provide
  Arbitrary<Integer> serviceShapes() {
    return Arbitraries.integers().between(0, 5);
  }

  @Property(tries = 1000)
  void noSocialSecurityNumberSurvives(
      @ForAll("ssns") String ssn, @ForAll("ssnStyles") int style, @ForAll("after") String after) {
    String lead =
        switch (style) {
          case 0 -> "it's ";
          case 1 -> "ok ";
          case 2 -> "my social security number is ";
          default -> "SSN ";
        };
    String said =
        switch (style) {
          case 0 -> ssn.substring(0, 3) + "-" + ssn.substring(3, 5) + "-" + ssn.substring(5);
          case 1 -> ssn.substring(0, 3) + " " + ssn.substring(3, 5) + " " + ssn.substring(5);
          case 2 -> say(ssn, 3);
          default -> ssn;
        };
    assertTakenWhole(redactor.redact(lead + said + after).text(), lead, after);
  }

  @Property(tries = 1000)
  void noSecurityCodeSurvives(
      @ForAll("codes") String code,
      @ForAll("numberStyles") int style,
      @ForAll("codeCues") String cue,
      @ForAll("howAsked") int asked,
      @ForAll("after") String after) {
    String lead =
        switch (asked) {
          case ASKED_BEFORE -> "好的，";
          case ASKED_IN_THE_TURN -> cue + "？好的，";
          default -> cue + " ";
        };
    String said = lead + say(code, style) + after;
    String redacted =
        asked == ASKED_BEFORE
            ? redactor.redact(said, "请问" + cue + "？").text()
            : redactor.redact(said).text();
    assertTakenWhole(redacted, lead, after);
  }

  @Property(tries = 1000)
  void noDateOfBirthSurvives(
      @ForAll("birthDates") LocalDate date,
      @ForAll("dateStyles") int style,
      @ForAll("birthCues") String cue,
      @ForAll("howAsked") int asked,
      @ForAll("afterDate") String after) {
    String said = sayDate(date, style);
    String lead =
        switch (asked) {
          case ASKED_BEFORE -> "yes it's ";
          case ASKED_IN_THE_TURN -> "your " + cue + "? yes it's ";
          default -> "my " + cue + " is ";
        };
    String redacted =
        asked == ASKED_BEFORE
            ? redactor.redact(lead + said + after, "and your " + cue + "?").text()
            : redactor.redact(lead + said + after).text();
    // All of it: "the" of "the seventh of March" stays, but not a word of the date.
    assertThat(redacted)
        .matches(Pattern.quote(lead) + "(the )?\\[BIRTH_DATE]" + Pattern.quote(after));
  }

  /** Nor one said before its cue: 我是一九八五年三月七号出生的, "March 7th 1985 is my birthday". */
  @Property(tries = 1000)
  void noDateOfBirthBeforeItsCueSurvives(
      @ForAll("birthDates") LocalDate date,
      @ForAll("dateStyles") int style,
      @ForAll boolean birthday) {
    boolean chinese = style == 5 || style == 6;
    String lead = chinese ? "我是" : "";
    String cue =
        chinese ? birthday ? "的生日" : "出生的" : birthday ? " is my birthday" : " was my date of birth";
    String redacted = redactor.redact(lead + sayDate(date, style) + cue).text();
    assertThat(redacted) // "the" of "the seventh of March" stays
        .matches(Pattern.quote(lead) + "(the )?\\[BIRTH_DATE]" + Pattern.quote(cue));
  }

  /**
   * A code and a date of birth given after their cues and then said again later in the call, each
   * in another way and without its cue (the agent reading them back), do not survive there.
   */
  @Property(tries = 1000)
  void aCodeOrDateSaidAgainLaterInTheCallDoesNotSurvive(
      @ForAll("codes") String code,
      @ForAll("styles") int given,
      @ForAll("styles") int again,
      @ForAll("birthDates") LocalDate date,
      @ForAll("dateStyles") int dateGiven,
      @ForAll("dateStyles") int dateAgain) {
    SaidSoFar said = new SaidSoFar();
    redactor.redact("my PIN is " + say(code, given), "", said);
    redactor.redact("and I was born on " + sayDate(date, dateGiven), "", said);
    String readBack =
        redactor
            .redact(
                "so that's " + say(code, again) + ". And " + sayDate(date, dateAgain) + ", thanks",
                "",
                said)
            .text();
    assertThat(readBack) // "the" of "the seventh of March" stays
        .matches("so that's \\[SECURITY_CODE]\\. And (the )?\\[BIRTH_DATE], thanks");
  }

  /**
   * A mobile or ID-card number read in two to four parts, the agent saying 嗯, okay or the part back
   * between them (or nothing: the recogniser cut one speaker's words), survives in no turn.
   */
  @Property(tries = 1000)
  void noNumberReadInPartsSurvives(
      @ForAll("mobilesOrIdCards") String number,
      @ForAll("styles") int style,
      @ForAll("cuts") Set<Integer> cuts,
      @ForAll("between") String between,
      @ForAll("beforeId") String before,
      @ForAll("after") String after) {
    List<Integer> at = new ArrayList<>(new TreeSet<>(cuts));
    at.add(0, 0);
    at.add(number.length());
    List<String[]> call = new ArrayList<>(); // C, A or B (a part said back), text
    for (int p = 0; p + 1 < at.size(); p++) {
      String part = say(number.substring(at.get(p), at.get(p + 1)), style);
      boolean last = p + 2 == at.size();
      call.add(new String[] {"C", (p == 0 ? before : "") + part + (last ? after : "")});
      if (!last && !between.isEmpty()) {
        // A single digit said back is no one's number, and 一 is in 稍等一下 too: it stays.
        boolean back = between.equals("BACK") && at.get(p + 1) - at.get(p) > 1;
        call.add(new String[] {back ? "B" : "A", between.equals("BACK") ? part : between});
      }
    }
    List<Redaction> redactions = redactInOrder(call);
    int part = 0;
    for (int i = 0; i < call.size(); i++) {
      String text = call.get(i)[1];
      String redacted = redactions.get(i).text();
      if (call.get(i)[0].equals("C")) {
        boolean last = ++part + 1 == at.size();
        assertTakenWhole(redacted, part == 1 ? before : "", last ? after : "");
      } else if (call.get(i)[0].equals("B")) {
        assertThat(redacted).matches(PLACEHOLDER);
      } else {
        assertThat(redacted).isEqualTo(text);
      }
    }
  }

  /**
   * Two mobiles given one after the other are two phone numbers, each taken whole in its own turn:
   * joined, one pair in six holds a stretch that passes the Luhn check as a card.
   */
  @Property(tries = 1000)
  void twoMobilesInTurnsOneAfterAnotherAreEachAPhone(
      @ForAll("mobiles") String first,
      @ForAll("mobiles") String second,
      @ForAll("styles") int style,
      @ForAll("between") String between) {
    List<String[]> call = new ArrayList<>();
    call.add(new String[] {"C", "我的手机是" + say(first, style)});
    if (!between.isEmpty()) {
      boolean back = between.equals("BACK");
      call.add(new String[] {back ? "B" : "A", back ? say(first, style) : between});
    }
    call.add(new String[] {"C", say(second, style)});
    List<Redaction> redactions = redactInOrder(call);
    for (int i = 0; i < call.size(); i++) {
      String text = call.get(i)[1];
      Redaction r = redactions.get(i);
      if (call.get(i)[0].equals("A")) {
        assertThat(r.text()).isEqualTo(text);
      } else {
        assertThat(r.kinds()).as(r.text()).containsOnly(PiiKind.PHONE);
        assertTakenWhole(r.text(), i == 0 ? "我的手机是" : "", "");
      }
    }
  }

  /** The same in one turn, with a pause or a few words between them. */
  @Property(tries = 1000)
  void twoMobilesInOneTurnAreEachAPhone(
      @ForAll("mobiles") String first,
      @ForAll("mobiles") String second,
      @ForAll("styles") int style,
      @ForAll("betweenNumbers") String between) {
    // Said in pairs, a number that ends in tens runs on into the next one's first digit ("twenty
    // one forty one three …" is 21 41 3…) unless a pause parts them.
    String gap = style == PAIRS && between.equals(" ") ? ", " : between;
    Redaction r = redactor.redact("手机" + say(first, style) + gap + say(second, style));
    assertThat(r.kinds()).as(r.text()).containsOnly(PiiKind.PHONE);
    assertThat(r.text()).isEqualTo("手机[PHONE]" + gap + "[PHONE]");
  }

  /** A call of {C (the customer), A or B (the agent; B says a part back), text} turns, redacted. */
  private List<Redaction> redactInOrder(List<String[]> call) {
    return new NumbersInParts(redactor).redactInOrder(call, t -> t[1], t -> t[0].equals("C"));
  }

  @Provide
  Arbitrary<String> betweenNumbers() {
    return Arbitraries.of(" ", "，", "、", ", ", " 还有一个 ", " or ");
  }

  @Provide
  Arbitrary<String> mobilesOrIdCards() {
    return Arbitraries.oneOf(mobiles(), idCards());
  }

  /** Where a number is cut into parts: one to three places among its first nine digits. */
  @Provide
  Arbitrary<Set<Integer>> cuts() {
    return Arbitraries.integers().between(2, 9).set().ofMinSize(1).ofMaxSize(3);
  }

  /** What the agent says between two parts; BACK: the part said back. */
  @Provide
  Arbitrary<String> between() {
    return Arbitraries.of("嗯", "好的", "嗯嗯，您继续", "okay", "uh huh, go on", "", "BACK");
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

  /** PINs, card security codes and one-time codes: three to six digits. */
  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.strings().numeric().ofMinLength(3).ofMaxLength(6);
  }

  /** Said after its cue, as the answer to the turn before, or after the turn's own question. */
  static final int AFTER_ITS_CUE = 0;

  static final int ASKED_BEFORE = 1;
  static final int ASKED_IN_THE_TURN = 2;

  @Provide
  Arbitrary<Integer> howAsked() {
    return Arbitraries.of(AFTER_ITS_CUE, ASKED_BEFORE, ASKED_IN_THE_TURN);
  }

  @Provide
  Arbitrary<String> codeCues() {
    return Arbitraries.of(
        "my PIN is", "the passcode", "verification code", "CVV", "验证码是", "服务密码", "卡背面的安全码");
  }

  @Provide
  Arbitrary<LocalDate> birthDates() {
    return Arbitraries.integers()
        .between(0, 80 * 366)
        .map(d -> LocalDate.of(1930, 1, 1).plusDays(d));
  }

  @Provide
  Arbitrary<Integer> dateStyles() {
    return Arbitraries.integers().between(0, 7);
  }

  @Provide
  Arbitrary<String> birthCues() {
    return Arbitraries.of("date of birth", "DOB", "birthday", "birth date");
  }

  @Provide
  Arbitrary<String> afterDate() {
    return Arbitraries.of("", ", thanks", " and the zip is 94105", "，对吗？", ". What else?");
  }

  /** Numbers spelt out by ICU's rules, not by the redactor's own word lists. */
  static final RuleBasedNumberFormat EN_WORDS =
      new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);

  static final RuleBasedNumberFormat ZH_WORDS =
      new RuleBasedNumberFormat(Locale.CHINESE, RuleBasedNumberFormat.SPELLOUT);

  /** A date as people say and write it, in English and Chinese. */
  static String sayDate(LocalDate d, int style) {
    int y = d.getYear();
    int m = d.getMonthValue();
    int day = d.getDayOfMonth();
    String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String ordinal = EN_WORDS.format(day, "%spellout-ordinal");
    return switch (style) {
      case 0 -> month + " " + day + ordinal.substring(ordinal.length() - 2) + " " + y;
      case 1 ->
          "the "
              + ordinal
              + " of "
              + month.toLowerCase(Locale.ROOT)
              + " "
              + EN_WORDS.format(y, "%spellout-numbering-year");
      case 2 -> String.format("%02d/%02d/%d", m, day, y);
      case 3 -> String.format("%d-%02d-%02d", y, m, day);
      case 4 -> day + " " + month + " " + y;
      case 5 ->
          ZH_WORDS.format(y, "%spellout-numbering-year")
              + "年"
              + ZH_WORDS.format(m)
              + "月"
              + ZH_WORDS.format(day)
              + "号";
      case 6 -> y + "年" + m + "月" + day + "日";
      // as numbers, the American way: "twelve twenty-five nineteen ninety"
      default ->
          EN_WORDS.format(m)
              + " "
              + EN_WORDS.format(day)
              + " "
              + EN_WORDS.format(y, "%spellout-numbering-year");
    };
  }

  @Provide
  Arbitrary<Integer> ssnStyles() {
    return Arbitraries.integers().between(0, 3);
  }

  @Provide
  Arbitrary<Integer> styles() {
    return Arbitraries.integers().between(0, 9);
  }

  /** {@link #styles}, and a run of one digit said as 三个八 ({@link #REPEATS}). */
  @Provide
  Arbitrary<Integer> numberStyles() {
    return Arbitraries.integers().between(0, REPEATS);
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

  /** The style that says the last four digits in pairs: "… twelve thirty four". */
  static final int PAIRS = 9;

  /** The style that says a run of one digit by its count: 一三九八个八 for 13988888888. */
  static final int REPEATS = 10;

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
        case 6 -> s.append(d < 0 ? "X" : (char) ('０' + d));
        // a hesitation between the groups
        case 7 ->
            s.append(i == 3 || i == 7 ? " uh " : i > 0 ? " " : "").append(d < 0 ? "x" : EN[d]);
        case 8 -> s.append(i == 3 || i == 7 ? "嗯" : "").append(d < 0 ? "叉" : ZH[d]);
        case REPEATS -> {
          int same = 1;
          while (i + same < number.length() && number.charAt(i + same) == c && same < 9) {
            same++;
          }
          s.append(same > 1 ? (same == 2 ? "两" : ZH[same]) + "个" : "").append(d < 0 ? "叉" : ZH[d]);
          i += same - 1;
        }
        // the last four in pairs, as Americans say them: "… twelve thirty four"
        default -> {
          int pairs = number.length() - 4;
          if (pairs >= 0
              && i >= pairs
              && (i - pairs) % 2 == 0
              && number.substring(pairs).matches("\\d{4}")) {
            s.append(i > 0 ? " " : "").append(pair(d, number.charAt(i + 1) - '0'));
            i++;
          } else {
            s.append(i > 0 ? " " : "").append(d < 0 ? "x" : EN[d]);
          }
        }
      }
    }
    return s.toString();
  }

  /** Two digits said as one number ("twelve", "thirty four", "oh nine"), as ICU spells them. */
  static String pair(int tens, int unit) {
    return tens == 0 ? "oh " + EN[unit] : EN_WORDS.format(10 * tens + unit).replace('-', ' ');
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z_]+]");

  /**
   * That the number went whole and alone: the redacted text is a head of what came before it, one
   * placeholder and a tail of what came after. The redactor may take a stray digit beside the
   * number with it (第一's 一, a country code, 一下's 一), never leave one of the number's own.
   */
  static void assertTakenWhole(String redacted, String before, String after) {
    Matcher m = PLACEHOLDER.matcher(redacted);
    assertThat(m.find()).as(redacted).isTrue();
    String head = redacted.substring(0, m.start());
    String tail = redacted.substring(m.end());
    assertThat(m.find()).as("one placeholder: " + redacted).isFalse();
    assertThat(before).as(redacted).startsWith(head);
    assertThat(after).as(redacted).endsWith(tail);
  }
}
