package io.callsight.quality.redact;

import io.callsight.quality.text.ChineseNumbers;
import io.callsight.quality.text.EnglishNumbers;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Numbers that are personal data only because of the words that ask for them: a PIN, passcode, card
 * security code or one-time code after "PIN", "code", 密码, 验证码 ({@link PiiKind#SECURITY_CODE}), and
 * a date of birth after "date of birth", "born", 出生日期, 生日 ({@link PiiKind#BIRTH_DATE}). Such a
 * number has no shape of its own (1234 and "the seventh of March" are everywhere), so only the
 * number that follows the cue in the same turn, or opens the answer to a turn that ended with it,
 * is taken.
 */
final class CuedNumbers {
  /** A word that makes the number after it personal data. */
  record Cue(String words, PiiKind kind, boolean wholeWord) {}

  private static final List<Cue> CUES =
      List.of(
          new Cue("pin", PiiKind.SECURITY_CODE, true),
          new Cue("passcode", PiiKind.SECURITY_CODE, true),
          new Cue("password", PiiKind.SECURITY_CODE, true),
          // security, verification, access, one-time code: any code but those of NOT_SECRET
          new Cue("code", PiiKind.SECURITY_CODE, true),
          new Cue("otp", PiiKind.SECURITY_CODE, true),
          new Cue("cvv", PiiKind.SECURITY_CODE, true),
          new Cue("cvc", PiiKind.SECURITY_CODE, true),
          new Cue("cv2", PiiKind.SECURITY_CODE, true),
          new Cue("digits on the back", PiiKind.SECURITY_CODE, true),
          new Cue("密码", PiiKind.SECURITY_CODE, false),
          new Cue("密碼", PiiKind.SECURITY_CODE, false),
          new Cue("验证码", PiiKind.SECURITY_CODE, false),
          new Cue("驗證碼", PiiKind.SECURITY_CODE, false),
          new Cue("安全码", PiiKind.SECURITY_CODE, false),
          new Cue("安全碼", PiiKind.SECURITY_CODE, false),
          new Cue("校验码", PiiKind.SECURITY_CODE, false),
          new Cue("校驗碼", PiiKind.SECURITY_CODE, false),
          new Cue("动态码", PiiKind.SECURITY_CODE, false),
          new Cue("動態碼", PiiKind.SECURITY_CODE, false),
          new Cue("卡背面", PiiKind.SECURITY_CODE, false),
          new Cue("birth", PiiKind.BIRTH_DATE, false), // birthday, birthdate, date of birth
          new Cue("born", PiiKind.BIRTH_DATE, true),
          new Cue("dob", PiiKind.BIRTH_DATE, true),
          new Cue("d o b", PiiKind.BIRTH_DATE, true),
          new Cue("d.o.b", PiiKind.BIRTH_DATE, false),
          new Cue("出生", PiiKind.BIRTH_DATE, false),
          new Cue("生日", PiiKind.BIRTH_DATE, false));

  /** Codes that are no secret: "zip code 94105", "the error code is 4 0 4". */
  private static final Set<String> NOT_SECRET =
      Set.of(
          "zip",
          "post",
          "postal",
          "area",
          "country",
          "sort",
          "promo",
          "promotion",
          "discount",
          "coupon",
          "error",
          "tracking",
          "confirmation",
          "reference",
          "booking",
          "product",
          "tax",
          "bar",
          "qr",
          "dress",
          "source",
          "dialling",
          "dialing");

  /** Cues by their first character (cues are lower case; the text's is folded to match). */
  private static final Map<Character, List<Cue>> BY_FIRST =
      CUES.stream().collect(Collectors.groupingBy(q -> q.words().charAt(0)));

  /**
   * Bit c - 64 set for an ASCII letter c, either case, that begins a cue (letters are 65 to 122).
   */
  private static final long ASCII_FIRSTS;

  /** The English cues' first three characters ({@link #start}), sorted. */
  private static final int[] ASCII_STARTS;

  /** One bit per BMP character, set for the first character of a Han cue. */
  private static final long[] HAN_FIRST_BITS = new long[0x10000 / 64];

  static {
    long ascii = 0;
    for (char c : BY_FIRST.keySet()) {
      if (c < 128) {
        ascii |= 1L << c | 1L << Character.toUpperCase(c);
      } else {
        HAN_FIRST_BITS[c >>> 6] |= 1L << c;
      }
    }
    ASCII_FIRSTS = ascii;
    ASCII_STARTS =
        CUES.stream()
            .filter(q -> q.words().charAt(0) < 128)
            .mapToInt(q -> start(q.words(), 0))
            .distinct()
            .sorted()
            .toArray();
  }

  private static final List<String> MONTHS =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  private static final List<String> ORDINALS =
      List.of(
          "first",
          "second",
          "third",
          "fourth",
          "fifth",
          "sixth",
          "seventh",
          "eighth",
          "ninth",
          "tenth",
          "eleventh",
          "twelfth",
          "thirteenth",
          "fourteenth",
          "fifteenth",
          "sixteenth",
          "seventeenth",
          "eighteenth",
          "nineteenth",
          "twentieth",
          "thirtieth");

  /**
   * Words a spoken date holds between its numbers: "the seventh of March", "two thousand and one".
   */
  private static final Set<String> DATE_JOINERS = Set.of("of", "the", "and");

  private static final Set<String> ORDINAL_ENDINGS = Set.of("st", "nd", "rd", "th");

  /** The words a number may hold besides {@link EnglishNumbers#digitsOf}'s. */
  private static final Set<String> NUMBER_WORDS = new HashSet<>();

  /** What a word is in a spoken date: an ordinal (a number), a month, a joiner. */
  private static final Map<String, Part> DATE_WORDS = new HashMap<>();

  static {
    NUMBER_WORDS.addAll(EnglishNumbers.ZERO_SAYINGS);
    NUMBER_WORDS.addAll(EnglishNumbers.REPEATS);
    NUMBER_WORDS.addAll(List.of("hundred", "thousand"));
    ORDINALS.forEach(w -> DATE_WORDS.put(w, Part.NUMBER));
    MONTHS.forEach(w -> DATE_WORDS.put(w, Part.DATE_WORD));
    DATE_JOINERS.forEach(w -> DATE_WORDS.put(w, Part.JOINER));
  }

  /** A date's units in Chinese: 一九八五年三月七号. */
  private static final String DATE_UNITS = "年月日号號";

  /**
   * A turn's question asks for what its cue names when it ends this close after the cue ("my
   * number?", 手机号是多少？, "your PIN again?"); then the rest of the turn may answer it.
   */
  static final int ASKED_WITHIN = 6;

  /** How far after its cue a number may begin: "my date of birth, let me think, it's …". */
  private static final int CUE_REACH = 32;

  /**
   * How many words (or twice as many Han characters) may stand between a cue and its number: "the
   * code we sent you is …", 验证码是多少 … 好的稍等一下是 ….
   */
  private static final int LEAD_WORDS = 6;

  private static final int FEWEST_CODE_DIGITS = 3;
  private static final int MOST_CODE_DIGITS = 8;

  /** 19850307 at most; a longer number after "born" is something else (a phone number). */
  private static final int MOST_DATE_DIGITS = 8;

  private CuedNumbers() {}

  /**
   * Adds to {@code out} the cued numbers of {@code text}, the answer to {@code asked}, marks them
   * in {@code blocked} and remembers their values in {@code said}; a number that crosses a blocked
   * character is left to the others. {@code cueStarts} holds where a cue may begin ({@link
   * #mayBegin}), as {@link DigitRuns} found on its way through the text. Returns whether it took
   * any.
   */
  static boolean find(
      String text,
      String asked,
      int answerLead,
      int questionTail,
      BitSet cueStarts,
      boolean[] blocked,
      List<Redaction.Finding> out,
      SaidSoFar said) {
    int found = out.size();
    // Turns are redacted in order, each as the answer to the one before, so the question's cue
    // was found when it was read and need not be looked for again (a Chinese turn's every
    // character would be).
    Cue question =
        said.lastText != null && said.lastText.equals(asked)
            ? said.lastCue
            : lastCue(asked, Math.max(0, asked.length() - questionTail));
    if (question != null
        && question.kind() == PiiKind.SECURITY_CODE
        && asksWhen(asked, Math.max(0, asked.length() - questionTail))) {
      question = null; // "What time did you get the code?" "Around three fifteen."
    }
    boolean answered =
        question != null
            && take(
                    text,
                    0,
                    answerLead,
                    true,
                    question.kind(),
                    question == REST_OF_DATE,
                    blocked,
                    out,
                    said)
                >= 0;
    int tail = text.length() - questionTail;
    boolean carry = question != null && !answered && isAside(text) && said.cueCarried < CARRIES;
    said.lastText = text;
    said.lastCue = null;
    said.sinceBirthCue =
        question != null && question.kind() == PiiKind.BIRTH_DATE ? 0 : said.sinceBirthCue + 1;
    int next = 0;
    for (int i = cueStarts.nextSetBit(0); i >= 0; i = cueStarts.nextSetBit(i + 1)) {
      Cue cue = i < next ? null : cueAt(text, i);
      if (cue != null) {
        int end = cueEnd(text, i, cue.words());
        // A date said just before its cue is the one it names (我是一九九零年八月十二号出生的，邮编是九四一一零):
        // taken first, so that a number after the cue is not taken for it.
        int taken =
            cue.kind() == PiiKind.BIRTH_DATE && takeBefore(text, i, blocked, out, said)
                ? end
                : take(text, end, CUE_REACH, false, cue.kind(), false, blocked, out, said);
        int asks = taken < 0 ? questionEnd(text, end, end + ASKED_WITHIN) : -1;
        if (asks >= 0
            && !(cue.kind() == PiiKind.SECURITY_CODE
                && asksWhen(text.substring(0, asks), Math.max(0, i - questionTail)))) {
          // The turn's own question ("My number? It's four one five …", an agent's "Your PIN?
          // 4321, thank you"): what follows answers it, as the next turn would.
          taken = take(text, asks + 1, answerLead, true, cue.kind(), false, blocked, out, said);
        }
        next = Math.max(end, taken);
        // Asked at the turn's end and not answered in it ("… your PIN?", not "my PIN is 4321"):
        // the next turn answers it.
        said.lastCue = i >= tail && taken < 0 ? cue : said.lastCue;
        said.sinceBirthCue = cue.kind() == PiiKind.BIRTH_DATE ? 0 : said.sinceBirthCue;
      }
    }
    if (said.lastCue == null && tookPartOfABirthDate(text, out, found)) {
      // 我是八五年的 – 嗯 – 三月七号: the rest comes next, or after the agent's 嗯 (carried as an aside).
      said.lastCue = REST_OF_DATE;
    }
    if (said.lastCue == null
        && said.sinceBirthCue <= FOLLOW_UP_TURNS
        && text.length() <= FOLLOW_UP_LENGTH
        && asksForPartOfADate(text)) {
      // 请问您的出生日期 – 我是八五年的 – 几月几号呢 – 三月七号: the follow-up asks for the rest of it.
      said.lastCue = FOLLOW_UP;
    }
    if (said.lastCue == null && carry) {
      // "What's the code we texted you?" "Hold on." "Okay, four five six …": still the answer.
      said.lastCue = question;
      said.cueCarried++;
    } else {
      said.cueCarried = 0;
    }
    return out.size() > found;
  }

  /**
   * Whether this turn's findings from {@code from} hold a date of birth with no year or only one
   * number (a year alone, 八五年的; a day and month, "March 7th"): its rest is still to come.
   */
  private static boolean tookPartOfABirthDate(String text, List<Redaction.Finding> out, int from) {
    for (int f = from; f < out.size(); f++) {
      Redaction.Finding taken = out.get(f);
      if (taken.kind() == PiiKind.BIRTH_DATE) {
        String date = NumberValues.of(PiiKind.BIRTH_DATE, text, taken.start(), taken.end());
        if (date.isEmpty() || !NumberValues.hasYear(date)) {
          return true;
        }
      }
    }
    return false;
  }

  /** How many turns after a date-of-birth cue a question for part of a date still asks for it. */
  private static final int FOLLOW_UP_TURNS = 4;

  private static final Cue FOLLOW_UP = new Cue("", PiiKind.BIRTH_DATE, false);

  /**
   * The rest of a date of birth given in part, which nobody asked for again: taken only if it
   * sounds like a date ("the first five of you" after "January 5th" is no year).
   */
  private static final Cue REST_OF_DATE = new Cue("", PiiKind.BIRTH_DATE, false);

  /** A follow-up is a short question ("Okay, and the year?"), not a turn that explains. */
  private static final int FOLLOW_UP_LENGTH = 48;

  /** Questions for part of a date: 几月几号, 哪天, "and the year?". */
  private static final List<String> DATE_QUESTIONS =
      List.of(
          "几月",
          "几号",
          "几日",
          "哪天",
          "哪一天",
          "哪年",
          "哪一年",
          "什么时候",
          "which day",
          "what day",
          "which month",
          "what month",
          "what year",
          "which year",
          "the year",
          "the month",
          "the day");

  private static boolean asksForPartOfADate(String text) {
    return saysAny(text, DATE_QUESTIONS);
  }

  /** Questions about when, whose answer is a time, not the code they name: 几点收到的验证码. */
  private static final List<String> WHEN_QUESTIONS =
      List.of("what time", "when", "how long", "几点", "什么时候", "多久", "多长时间");

  private static boolean asksWhen(String asked, int from) {
    return saysAny(asked.substring(from), WHEN_QUESTIONS);
  }

  /** Whether a text holds any of the (lower-case) phrases, in any case. */
  private static boolean saysAny(String text, List<String> phrases) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String q : phrases) {
      if (lower.contains(q)) {
        return true;
      }
    }
    return false;
  }

  /** How many short turns a question's cue waits through for its answer. */
  private static final int CARRIES = 2;

  /**
   * A turn said while the answer is found (hold on, 您稍等啊我看一下, an agent's "mm hmm"): at most {@link
   * #ASIDE_WORDS} words (two Han characters a word), and no two digits in a row (一下 is no number).
   */
  private static boolean isAside(String text) {
    int halfWords = 0;
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128 && Character.isLetter(c)) {
        halfWords++;
      } else if (DigitRuns.isAsciiLetter(c)
          && (i == 0 || !DigitRuns.isAsciiLetter(text.charAt(i - 1)))) {
        halfWords += 2;
      }
      if (Character.isDigit(c) || ChineseNumbers.isDigit(c)) {
        if (++digits == 2) {
          return false;
        }
      } else if (c != ' ') {
        digits = 0;
      }
    }
    return halfWords <= 2 * ASIDE_WORDS;
  }

  private static final int ASIDE_WORDS = 6;

  /**
   * Adds to {@code out} every code or date of birth of {@code text} whose value {@code said} holds
   * (taken after its cue earlier in the call or the turn), and marks it in {@code blocked}: the
   * same code or date said again needs no cue. Only a whole number is compared, never the tail of a
   * longer one. Returns whether it took any.
   */
  static boolean findSaidAgain(
      String text, SaidSoFar said, boolean[] blocked, List<Redaction.Finding> out) {
    if (!said.holdsValues()) {
      return false;
    }
    int found = out.size();
    boolean afterNumber = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (blocked[i] || isSentenceEnd(text, i)) {
        afterNumber = false;
        i++;
        continue;
      }
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      int tokenEnd = tokenEnd(text, i);
      Part part = partOf(text.substring(i, tokenEnd).toLowerCase(Locale.ROOT), true);
      int end = afterNumber ? -1 : saidAgainAt(text, i, part, said, blocked, out);
      afterNumber =
          end < 0
              && (part == Part.NUMBER
                  || part == Part.DATE_WORD
                  || afterNumber && part == Part.JOINER);
      i = end < 0 ? tokenEnd : end;
    }
    return out.size() > found;
  }

  /**
   * Where the code or date {@code said} holds that begins at {@code i} ends, taken; or -1. When
   * both begin there the longer is taken: a PIN of 1940 said before a date of birth in 1940 must
   * not take the year of 1940年11月13日 and leave the month and day.
   */
  private static int saidAgainAt(
      String text,
      int i,
      Part part,
      SaidSoFar said,
      boolean[] blocked,
      List<Redaction.Finding> out) {
    PiiKind taken = null;
    int end = -1;
    for (PiiKind kind : SAID_AGAIN) {
      boolean begins =
          part == Part.NUMBER
              || kind == PiiKind.BIRTH_DATE && part == Part.DATE_WORD && text.charAt(i) < 128;
      if (!begins || !said.holdsAny(kind)) {
        continue;
      }
      NumberRun run = numberRun(text, i, kind, blocked);
      String value = run.isData() ? NumberValues.of(kind, text, i, run.end()) : "";
      // A date said again must sound like one: "the first five" is no January 5th.
      if (run.isData()
          && (kind != PiiKind.BIRTH_DATE || soundsLikeADate(text, i, run))
          && said.holds(kind, value)
          && run.end() > end) {
        taken = kind;
        end = run.end();
      }
    }
    if (taken != null) {
      out.add(new Redaction.Finding(taken, i, end));
      Arrays.fill(blocked, i, end, true);
    }
    return end;
  }

  /**
   * Whether a run read as a date sounds like one: a month's name, 年, 月 or 号, a written date, or a
   * year ("nineteen eighty five", 1985). "The first five" does not.
   */
  private static boolean soundsLikeADate(String text, int start, NumberRun run) {
    if (run.dated() || NumberValues.hasYear(NumberValues.dateOf(text, start, run.end()))) {
      return true;
    }
    String digits = NumberValues.codeOf(text, start, run.end());
    return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
  }

  private static final List<PiiKind> SAID_AGAIN =
      List.of(PiiKind.SECURITY_CODE, PiiKind.BIRTH_DATE);

  /**
   * Whether a cue may begin at {@code i}: the first three characters of an English cue (the caller
   * knows a word starts there), or the first character of a Chinese one. Most characters are turned
   * away by a bit lookup.
   */
  static boolean mayBegin(String text, int i) {
    char c = text.charAt(i);
    if (c < 128) {
      return c >= 64
          && (ASCII_FIRSTS >>> c & 1) != 0
          && Arrays.binarySearch(ASCII_STARTS, start(text, i)) >= 0;
    }
    return (HAN_FIRST_BITS[c >>> 6] >>> c & 1) != 0;
  }

  /** The next index from {@code from} where a cue may begin, at a word's start if it is English. */
  private static int candidate(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if ((i == 0 || !isAsciiLetterOrDigit(text.charAt(i - 1))) && mayBegin(text, i)) {
        return i;
      }
    }
    return -1;
  }

  /** The three characters from {@code i} (fewer at the end), case folded, as one int. */
  private static int start(CharSequence text, int i) {
    int key = 0;
    for (int k = i; k < i + 3; k++) {
      key = key << 8 | (k < text.length() ? text.charAt(k) & 0xff | 0x20 : 0);
    }
    return key;
  }

  /** The last cue in {@code text} from {@code from}, or null. */
  private static Cue lastCue(String text, int from) {
    Cue last = null;
    for (int i = candidate(text, from); i >= 0; i = candidate(text, i + 1)) {
      Cue cue = cueAt(text, i);
      if (cue != null) {
        last = cue;
        i = cueEnd(text, i, cue.words()) - 1;
      }
    }
    return last;
  }

  /** The cue that begins at {@link #candidate} {@code i}, or null. */
  private static Cue cueAt(String text, int i) {
    char c = text.charAt(i);
    if (c < 128 && i > 0 && isAsciiLetterOrDigit(text.charAt(i - 1))) {
      return null; // letters after digits (4pin), which the digit reader takes as a word's start
    }
    List<Cue> candidates = BY_FIRST.get(Character.toLowerCase(c));
    if (candidates == null) {
      return null;
    }
    int n = text.length();
    for (Cue cue : candidates) {
      String words = cue.words();
      int end = cueEnd(text, i, words);
      if (end > 0
          && (!cue.wholeWord() || end == n || !isAsciiLetterOrDigit(text.charAt(end)))
          && (!words.equals("code") || !NOT_SECRET.contains(wordBefore(text, i)))
          && (cue.kind() != PiiKind.BIRTH_DATE || !isBirthdayThing(text, end))) {
        return cue;
      }
    }
    return null;
  }

  /**
   * Where the cue {@code words} said from {@code i} ends, or -1 if it is not said there. A Chinese
   * cue may have spaces between its characters, as a recogniser that writes words apart does (安全 码,
   * 卡 背面).
   */
  private static int cueEnd(String text, int i, String words) {
    if (words.charAt(0) < 128) {
      int end = i + words.length();
      return end <= text.length() && text.regionMatches(true, i, words, 0, words.length())
          ? end
          : -1;
    }
    int at = i;
    for (int k = 0; k < words.length(); k++) {
      while (k > 0 && at < text.length() && text.charAt(at) == ' ') {
        at++;
      }
      if (at == text.length() || text.charAt(at) != words.charAt(k)) {
        return -1;
      }
      at++;
    }
    return at;
  }

  /**
   * Things named for a birthday, whose date is nobody's date of birth: 生日蛋糕 三月七号送到, "the birthday
   * party is March 12th".
   */
  private static final Set<String> BIRTHDAY_THINGS =
      Set.of(
          "蛋糕", "礼物", "会", "派对", "聚会", "快乐", "宴", "贺卡", "cake", "party", "gift", "present", "card");

  /** Whether a birthday thing follows a birth cue that ends at {@code end} (birth|day party). */
  private static boolean isBirthdayThing(String text, int end) {
    int at = DigitRuns.skipSpaces(text, DigitRuns.letters(text, end)); // birth|day party
    if (at < text.length() && text.charAt(at) >= 128) {
      for (String thing : BIRTHDAY_THINGS) {
        if (text.startsWith(thing, at)) {
          return true;
        }
      }
      return false;
    }
    return BIRTHDAY_THINGS.contains(
        text.substring(at, DigitRuns.letters(text, at)).toLowerCase(Locale.ROOT));
  }

  /** A letter, a digit or a numeral: 〇 is none of the first two to Java (a letter number). */
  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || ChineseNumbers.isNumeral(c);
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return DigitRuns.isAsciiLetter(c) || c >= '0' && c <= '9';
  }

  /** The word before {@code i}, lower-cased; empty at the start. */
  static String wordBefore(String text, int i) {
    int start = wordStartBefore(text, i);
    int end = start;
    while (end < i && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /** Where the word that {@link #wordBefore} gives begins. */
  static int wordStartBefore(String text, int i) {
    int end = i;
    while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /** What a token of a number is. */
  enum Part {
    /** Digits, a number word, a Chinese numeral. */
    NUMBER,
    /** A month's name, or a Chinese date unit (年, 月, 日): part of a date, no number alone. */
    DATE_WORD,
    /** "of", "the", "and" inside a spoken date. */
    JOINER,
    OTHER
  }

  /**
   * Takes the number of {@code kind} that begins within {@code reach} characters and a few words of
   * {@code from}, if there is one: adds it to {@code out}, marks it blocked and returns where it
   * ends; else -1. A number that is not one ("一下", "the first line") is passed over. A cue's number
   * is in its own sentence; an {@code answer} to a question may come after a sentence of its own
   * ("Sure. It's …").
   */
  private static int take(
      String text,
      int from,
      int reach,
      boolean answer,
      PiiKind kind,
      boolean soundingLikeADate,
      boolean[] blocked,
      List<Redaction.Finding> out,
      SaidSoFar said) {
    boolean date = kind == PiiKind.BIRTH_DATE;
    int n = text.length();
    int i = from;
    for (int lead = 0; lead <= 2 * LEAD_WORDS; ) {
      while (i < n && !blocked[i] && !isWordChar(text.charAt(i))) {
        if (!answer && isSentenceEnd(text, i)) {
          return -1; // a cue in the turn carries to its own sentence only
        }
        i++;
      }
      if (i == n || blocked[i] || i - from > reach) {
        return -1;
      }
      int tokenEnd = tokenEnd(text, i);
      String token = text.substring(i, tokenEnd).toLowerCase(Locale.ROOT);
      Part part = partOf(token, date);
      if (part == Part.NUMBER || date && part == Part.DATE_WORD && text.charAt(i) < 128) {
        NumberRun run = numberRun(text, i, kind, blocked);
        if (run.isData()
            && (!soundingLikeADate || soundsLikeADate(text, i, run))
            && !isLastDigitsOfAnother(text, i)) {
          out.add(new Redaction.Finding(kind, i, run.end()));
          Arrays.fill(blocked, i, run.end(), true);
          said.remember(kind, NumberValues.of(kind, text, i, run.end()));
          return run.end();
        }
        // Passed over whole: a phone number after 生日 holds no date in its last eight digits.
        tokenEnd = run.end();
      }
      if (!isPause(token)) {
        lead += text.charAt(i) < 128 ? 2 : 1; // a Han character is about half a word
      }
      i = tokenEnd;
    }
    return -1;
  }

  /**
   * Whether the number at {@code i} is the last digits of another, as agents name a phone or card
   * without reading it out ("the code was sent to the number ending 4821", 发到您尾号4821的手机上): not the
   * code the cue asks for.
   */
  private static boolean isLastDigitsOfAnother(String text, int i) {
    if (LAST_DIGITS_HAN.matcher(text).region(Math.max(0, i - LAST_DIGITS_LEAD), i).find()) {
      return true;
    }
    String word = wordBefore(text, i);
    if (word.equals("in")) {
      word = wordBefore(text, wordStartBefore(text, i));
    }
    return word.equals("ending") || word.equals("ends");
  }

  private static final Pattern LAST_DIGITS_HAN = Pattern.compile("(尾号|尾数|末尾|[后末][四4]位)(是|为)?\\s*$");

  private static final int LAST_DIGITS_LEAD = 8;

  /**
   * Words that may stand between a date of birth and its cue after it: "March 7th 1985 is my
   * birthday", "… was my date of birth", "… that's when I was born"; in Chinese 是, 的, 就, 我
   * (三月七号的生日, 三月七号是我的生日).
   */
  private static final Set<String> WORDS_BEFORE_CUE =
      Set.of(
          "is", "was", "my", "his", "her", "your", "our", "their", "date", "of", "i", "were",
          "that's", "when", "是", "的", "就", "我");

  private static final int MOST_WORDS_BEFORE_CUE = 4;

  /**
   * Takes the date of birth said just before its cue at {@code cueAt}, as Chinese says it
   * (我是一九八五年三月七号出生的, 三月七号生日) and English may ("March 7th 1985 is my birthday"); returns whether
   * there was one.
   */
  private static boolean takeBefore(
      String text, int cueAt, boolean[] blocked, List<Redaction.Finding> out, SaidSoFar said) {
    int end = cueAt;
    int words = 0;
    for (; words <= MOST_WORDS_BEFORE_CUE; words++) {
      int wordEnd = skipBack(text, end, " ");
      int wordStart = tokenStart(text, wordEnd);
      if (wordStart == wordEnd
          || !WORDS_BEFORE_CUE.contains(
              text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT))) {
        end = wordEnd;
        break;
      }
      end = wordStart;
    }
    if (words == 0 && text.charAt(cueAt) < 128) {
      return false; // "the 1985 birth cohort": English says whose ("is my birthday", "I was born")
    }
    int start = -1;
    for (int i = end; i > 0; ) {
      int tokenEnd = skipBack(text, i, " ,-");
      int tokenStart = tokenStart(text, tokenEnd);
      if (tokenStart == tokenEnd || blocked[tokenStart]) {
        break;
      }
      Part part = partOf(text.substring(tokenStart, tokenEnd).toLowerCase(Locale.ROOT), true);
      if (part == Part.OTHER) {
        break;
      }
      start = part == Part.JOINER ? start : tokenStart;
      i = tokenStart;
    }
    if (start < 0) {
      return false;
    }
    NumberRun run = numberRun(text, start, PiiKind.BIRTH_DATE, blocked);
    if (!run.isData() || run.end() < end) {
      return false;
    }
    out.add(new Redaction.Finding(PiiKind.BIRTH_DATE, start, run.end()));
    Arrays.fill(blocked, start, run.end(), true);
    said.remember(PiiKind.BIRTH_DATE, NumberValues.of(PiiKind.BIRTH_DATE, text, start, run.end()));
    return true;
  }

  /** Where {@code text} ends before {@code from} once the {@code chars} before it are passed. */
  private static int skipBack(String text, int from, String chars) {
    int i = from;
    while (i > 0 && chars.indexOf(text.charAt(i - 1)) >= 0) {
      i--;
    }
    return i;
  }

  /** Where the token that ends at {@code end} starts ({@link #tokenEnd} read backwards). */
  private static int tokenStart(String text, int end) {
    if (end == 0 || !isWordChar(text.charAt(end - 1))) {
      return end;
    }
    if (text.charAt(end - 1) >= 128) {
      return end - 1;
    }
    int start = end - 1;
    while (start > 0) {
      char before = text.charAt(start - 1);
      boolean inside =
          start > 1
              && (before == '\'' && Character.isLetter(text.charAt(start))
                  || "/-.".indexOf(before) >= 0
                      && Character.isDigit(text.charAt(start - 2))
                      && Character.isDigit(text.charAt(start)));
      if (before < 128 && Character.isLetterOrDigit(before) || inside) {
        start--;
      } else {
        return start; // as tokenEnd reads: the hyphen of twenty-fourth is no part of fourth
      }
    }
    return start;
  }

  /**
   * The number that starts at a token: where its last token ends, and whether it is a {@code kind}:
   * a code has {@link #FEWEST_CODE_DIGITS} to {@link #MOST_CODE_DIGITS} digits, said one by one
   * (三百六十 is an amount); a date two numbers (nineteen eighty five, 三月七号, 7 3 1985), or one with a
   * month's name, or one written as a date (03/07/1985, 19850307, a year). 一年 and 千万 are no date.
   * {@code dated}: it has a month's name, a Chinese date unit or a date written as one.
   */
  private record NumberRun(int end, boolean isData, boolean dated) {}

  private static NumberRun numberRun(String text, int start, PiiKind kind, boolean[] blocked) {
    boolean date = kind == PiiKind.BIRTH_DATE;
    int numbers = 0;
    int digits = 0;
    int months = 0;
    boolean units = false; // a month's name or 年, 月, 号
    boolean afterTens = false;
    boolean filling = false;
    boolean written = false;
    int end = start;
    int i = start;
    while (i < text.length() && !blocked[i] && !isSentenceEnd(text, i)) {
      char c = text.charAt(i);
      if (!isWordChar(c)) {
        if (date && isClauseBreak(c) && isWholeDate(text, start, end)) {
          break; // "August 12th 1990, nine four one one zero": the zip code that was asked next
        }
        i++;
        continue;
      }
      int tokenEnd = tokenEnd(text, i);
      String token = text.substring(i, tokenEnd).toLowerCase(Locale.ROOT);
      Part part = partOf(token, date);
      if (part == Part.NUMBER && !date && isUnit(token)) {
        break; // 三百六十, "four hundred": an amount
      }
      if (part == Part.NUMBER) {
        int unit = EnglishNumbers.digitOf(token);
        // "twenty five" says two digits, as "twenty" alone does; "two thousand three" four, the
        // words after "thousand" filling its zeros
        int said = filling || afterTens && unit > 0 && c >= 'a' ? 0 : digitsIn(token);
        afterTens = EnglishNumbers.tensOf(token) > 0;
        filling |= token.equals("hundred") || token.equals("thousand");
        // a Chinese unit (十, 万) only joins the digits around it
        numbers += c >= 128 && !ChineseNumbers.isDigit(c) ? 0 : 1;
        digits += said;
        written |= Character.isDigit(c) && isWrittenDate(token);
        end = tokenEnd;
      } else if (part == Part.DATE_WORD) {
        months += c < 128 ? 1 : 0;
        units = true;
        afterTens = false;
        filling = false;
        end = tokenEnd;
      } else if (part == Part.JOINER) {
        afterTens = false;
      } else if (!date && numbers > 0 && ChineseNumbers.repeatCount(text, i) > 0) {
        digits += ChineseNumbers.repeatCount(text, i) - 2; // 三个八: the 三 and the 八 counted one each
      } else {
        break;
      }
      i = tokenEnd;
    }
    boolean isData =
        date
            ? digits <= MOST_DATE_DIGITS
                && (numbers >= 2 || numbers == 1 && (months > 0 || written))
            : digits >= FEWEST_CODE_DIGITS && digits <= MOST_CODE_DIGITS;
    return new NumberRun(end, isData, units || written);
  }

  private static boolean isClauseBreak(char c) {
    return c == ',' || c == '，' || c == '、' || c == ';' || c == '；';
  }

  /**
   * Whether the text from {@code start} to {@code end} is a whole date: a year, a month and a day.
   * A comma after one ends it; a comma after "May nineteen" does not.
   */
  private static boolean isWholeDate(String text, int start, int end) {
    String value = NumberValues.dateOf(text, start, end);
    return NumberValues.hasYear(value) && value.indexOf(',') != value.lastIndexOf(',');
  }

  /** The month a word names (march, mar… 3), or 0. */
  static int monthOf(String word) {
    int m = MONTHS.indexOf(word);
    return m < 0 ? 0 : m < 12 ? m + 1 : MONTH_OF_SHORT[m - 12];
  }

  /** The months of {@link #MONTHS}' short names, in their order. */
  private static final int[] MONTH_OF_SHORT = {1, 2, 4, 6, 7, 8, 9, 9, 10, 11, 12};

  /** The number an ordinal names (seventh 7, thirtieth 30), or 0. */
  static int ordinalOf(String word) {
    int o = ORDINALS.indexOf(word);
    return o < 0 ? 0 : o < 20 ? o + 1 : 30;
  }

  /** 十, 百, 千, 万, "hundred", "thousand": words of an amount. */
  private static boolean isUnit(String token) {
    char c = token.charAt(0);
    return c >= 128
        ? ChineseNumbers.value(c) >= 10
        : token.equals("hundred") || token.equals("thousand");
  }

  /** A date written as one token: with / - . (03/07/1985), eight digits, or a year (1900–2099). */
  private static boolean isWrittenDate(String token) {
    if (token.indexOf('/') > 0 || token.indexOf('-') > 0 || token.indexOf('.') > 0) {
      return true;
    }
    if (token.length() == 8) {
      return true;
    }
    return token.length() == 4 && (token.startsWith("19") || token.startsWith("20"));
  }

  /**
   * Where the question that a cue ending at {@code from} stands in ends: the question mark of the
   * cue's sentence, if it comes no later than {@code latest} and text follows it; else -1.
   */
  private static int questionEnd(String text, int from, int latest) {
    for (int i = from; i < text.length() - 1 && i <= latest; i++) {
      if (isSentenceEnd(text, i)) {
        return isQuestionMark(text.charAt(i)) ? i : -1;
      }
    }
    return -1;
  }

  static boolean isQuestionMark(char c) {
    return c == '?' || c == '？';
  }

  /** A question's or sentence's end: ? ! 。 ？ ！, or a full stop before a space. */
  static boolean isSentenceEnd(String text, int i) {
    char c = text.charAt(i);
    return "?!。？！".indexOf(c) >= 0
        || c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
  }

  /**
   * Where the token at {@code i} ends: one Han character; or letters and digits, with an apostrophe
   * inside a word (it's) and / - . between digits (03/07/1985) kept in it.
   */
  static int tokenEnd(String text, int i) {
    if (text.charAt(i) >= 128) {
      return i + 1;
    }
    int end = i + 1;
    while (end < text.length()) {
      char c = text.charAt(end);
      boolean inside =
          end + 1 < text.length()
              && (c == '\'' && Character.isLetter(text.charAt(end + 1))
                  || "/-.".indexOf(c) >= 0
                      && Character.isDigit(text.charAt(end - 1))
                      && Character.isDigit(text.charAt(end + 1)));
      if (c < 128 && Character.isLetterOrDigit(c) || inside) {
        end++;
      } else {
        return end;
      }
    }
    return end;
  }

  static Part partOf(String token, boolean date) {
    if (isPause(token)) {
      return Part.JOINER; // "one two, uh, three four", 四五六嗯七八九
    }
    char c = token.charAt(0);
    if (c >= 128) {
      if (ChineseNumbers.isNumeral(c) || c >= '０' && c <= '９') {
        return Part.NUMBER;
      }
      return date && DATE_UNITS.indexOf(c) >= 0 ? Part.DATE_WORD : Part.OTHER;
    }
    if (Character.isDigit(c)) {
      return isWrittenNumber(token) ? Part.NUMBER : Part.OTHER;
    }
    if (EnglishNumbers.digitsOf(token) != null || NUMBER_WORDS.contains(token)) {
      return Part.NUMBER;
    }
    Part part = date ? DATE_WORDS.get(token) : null;
    return part == null ? Part.OTHER : part;
  }

  /** A hesitation or a separator's name said inside a number ({@link DigitRuns#PAUSE_WORDS}). */
  static boolean isPause(String token) {
    return token.length() == 1
        ? DigitRuns.HAN_PAUSES.indexOf(token.charAt(0)) >= 0
        : DigitRuns.PAUSE_WORDS.contains(token);
  }

  /** Digits with / - . between them, and an ordinal's ending (7th, 22nd) at most. */
  private static boolean isWrittenNumber(String token) {
    int end = token.length();
    if (end > 2 && ORDINAL_ENDINGS.contains(token.substring(end - 2))) {
      end -= 2;
    }
    for (int i = 0; i < end; i++) {
      char d = token.charAt(i);
      if (!(d >= '0' && d <= '9') && "/-.".indexOf(d) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * About how many digits a token says: its digits written, one a digit word or numeral, two a teen
   * or a ten ("twelve thirty four" is a four-digit PIN), one more for "double".
   */
  private static int digitsIn(String token) {
    char c = token.charAt(0);
    if (Character.isDigit(c)) {
      return (int) token.chars().filter(Character::isDigit).count();
    }
    if (c >= 128) {
      return ChineseNumbers.isDigit(c) ? 1 : 0; // 二十一 says two digits
    }
    if (EnglishNumbers.digitOf(token) >= 0) {
      return 1;
    }
    if (EnglishNumbers.repeats(token) > 0) {
      return EnglishNumbers.repeats(token) - 1; // the digit it repeats counts once itself
    }
    if (token.equals("hundred")) {
      return 2;
    }
    if (token.equals("thousand")) {
      return 3;
    }
    String said = EnglishNumbers.digitsOf(token);
    return said == null ? 0 : said.length();
  }
}
