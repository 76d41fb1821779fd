package io.callsight.quality.redact;

import io.callsight.quality.text.EnglishNumbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from a transcript text before it is stored or leaves the scoring job:
 * e-mail addresses (written or spoken: "zhang at qq dot com", 艾特 … 点 com), resident ID-card numbers
 * (check digit right), bank-card numbers (Luhn), mobile numbers (1[3-9] and nine more digits, +86
 * allowed), landlines (0, area code, number), North American numbers written in their groups, any
 * number given with its country code (+, "plus", 00), US social security numbers and, next to a
 * word such as 电话 or "phone", shorter local numbers — whether said as digits or as number words in
 * Chinese or English; and after the words that ask for them, security codes and dates of birth
 * ({@link CuedNumbers}). A call's later turns lose what was taken wherever they say it again
 * ({@link SaidSoFar}), and a number read over several turns is found by {@link NumbersInParts}.
 * Thread-safe; a {@link SaidSoFar} is not.
 */
public final class Redactor {
  /**
   * A dot in an address: written ('.', 。) within the address, or spoken ("dot", 点) between words. A
   * written dot with a space after it ends a sentence: "I'm at home at five. Look".
   */
  private static final String DOT = "(?:[.。]|\\s*(?:\\bdot\\b|点)\\s*)";

  /** The @ said as a Chinese word; none means anything else. */
  private static final List<String> HAN_AT = List.of("艾特", "圈a", "圈儿a");

  /** The words after a spoken "at" that name the sign ("at sign gmail dot com"). */
  private static final List<String> AT_SIGNS = List.of("sign", "symbol");

  /**
   * An address after its user name: @ (＠, 艾特, 圈a, or the word at, also "at sign"), then the
   * domain's names and dots (group 1). The first name may be said in Chinese numerals (艾特一六三点com:
   * 163.com), after @ or 艾特, which never mean anything else, in Chinese words (艾特新浪点com: sina.com),
   * and with letters said apart ("g mail", "a o l"); the last may be spelled ("c o m").
   */
  private static final Pattern AT_DOMAIN =
      Pattern.compile(
          "(?i)(?:@|＠|"
              + String.join("|", HAN_AT)
              + "|\\bat(?:\\s+(?:"
              + String.join("|", AT_SIGNS)
              + "))?\\b)\\s*((?:(?:[a-z]\\s+)*[a-z0-9-]+"
              + "|[零〇一二三四五六七八九幺两](?:\\s*[零〇一二三四五六七八九幺两])*"
              + "|(?<=(?:@|＠|艾特)\\s{0,3})[\\p{IsHan}&&[^点]]{1,6})(?:"
              + DOT
              + "[a-z0-9-]+)*"
              + DOT
              + "(?:[a-z]{2,6}|[a-z](?:\\s[a-z]){1,3}))(?![a-z0-9])");

  /** A dot of an address, written or said: where a domain as said is read as written. */
  private static final Pattern A_DOT = Pattern.compile("(?i)" + DOT);

  /** A domain name as configured: example.com, mail.example.cn. */
  private static final Pattern DOMAIN_NAME = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");

  /** Words said between the parts of a user name: "john dot smith", zhang下划线san. */
  private static final Set<String> JOINERS =
      Set.of("dot", "underscore", "dash", "hyphen", "点", "下划线");

  /**
   * Words that introduce an address rather than belong to it ("my email is …", "send it to …"). A
   * word with an apostrophe (it's, that's) introduces too.
   */
  private static final Set<String> INTRODUCERS =
      Set.of(
          "a", "an", "and", "address", "at", "be", "by", "called", "contact", "e-mail", "email",
          "for", "from", "her", "his", "i", "is", "it", "its", "just", "mail", "me", "my", "name",
          "ok", "okay", "on", "or", "our", "please", "send", "so", "sure", "that", "the", "this",
          "to", "try", "uh", "um", "us", "use", "was", "well", "with", "write", "yeah", "yes",
          "you", "your");

  /** Characters that end a spoken Chinese user name's lead-in: 邮箱是 张三 …, 发到 张三 …. */
  private static final String HAN_INTRODUCERS = "是的箱址件为叫到给发我你您他她在用和或邮";

  /** The most words a spoken user name is taken to have ("j smith eighty four"). */
  private static final int USER_WORDS = 5;

  private static final Pattern PHONE_CONTEXT =
      Pattern.compile(
          "(?i)(电话|号码|手机|座机|分机|联系方式|打|拨|phone|number|call|extension|dial|cell|mobile"
              + "|reach me|text me|contact|area code|landline|\\b(?:home|work|office)\\b)");

  /** A card's words; not an ID card's ("ID card number"), which the check digit tells. */
  private static final Pattern CARD_CONTEXT =
      Pattern.compile("(?i)(卡|(?<!id )(?<!identity )card|account)");

  private static final Pattern SSN_CONTEXT = Pattern.compile("(?i)(social|ssn)");

  /**
   * A QQ number, which is an e-mail address too: every one has its mailbox at qq.com, so 我的QQ邮箱是
   * 一二三四五六七八九 gives the address. Not a QQ group's number (QQ群), which is no one's.
   */
  private static final Pattern QQ_CONTEXT = Pattern.compile("(?i)(qq|扣扣)(?!群)");

  private static final Pattern ID_CONTEXT = Pattern.compile("(?i)(身份证|身份證|\\bid\\b|identity)");

  /** "my social security number is": further ahead still. */
  private static final int SSN_CONTEXT_CHARS = 32;

  private static final int CONTEXT_CHARS = 12;

  /** How far before a whole national number (ten or eleven digits) its phone word may be. */
  private static final int NATIONAL_CONTEXT_CHARS = 48;

  /** "my card number is": the card comes further ahead than the phone word. */
  private static final int CARD_CONTEXT_CHARS = 24;

  /** A number this near an answer's start ("Sure, it's …") answers the turn before it. */
  private static final int ANSWER_LEAD = 24;

  /** How much of the turn before is read for what it asked ("… your social security number?"). */
  private static final int QUESTION_TAIL = 40;

  /**
   * The centre's own e-mail domains (example.com): an address at one of them or at a subdomain is
   * the centre's (claims@example.com, as an agent gives it), not a customer's, and stays as said.
   */
  private final Set<String> ownDomains;

  /** Redacts every e-mail address: the centre's own domains are not known. */
  public Redactor() {
    this(Set.of());
  }

  /** Leaves addresses at the centre's own domains ({@link #ownDomains(String, String)}) as said. */
  public Redactor(Collection<String> ownDomains) {
    this.ownDomains = Set.copyOf(ownDomains);
  }

  /**
   * The domains of a comma-separated list ("example.com, example.cn"), lower-cased; an empty list
   * gives none.
   *
   * @throws IllegalArgumentException naming {@code setting} and the entry that is no domain name
   */
  public static Set<String> ownDomains(String list, String setting) {
    Set<String> out = new LinkedHashSet<>();
    for (String d : list.split(",")) {
      String domain = d.strip().toLowerCase(Locale.ROOT);
      if (domain.isEmpty()) {
        continue;
      }
      if (!DOMAIN_NAME.matcher(domain).matches()) {
        throw new IllegalArgumentException(
            setting + ": '" + d.strip() + "' is not a domain name such as example.com");
      }
      out.add(domain);
    }
    return out;
  }

  /** Whether an address's domain, as said after its @ or "at", is one of the centre's own. */
  private boolean isOwn(String domainAsSaid) {
    if (ownDomains.isEmpty()) {
      return false;
    }
    String domain =
        A_DOT.matcher(domainAsSaid).replaceAll(".").replace(" ", "").toLowerCase(Locale.ROOT);
    for (String own : ownDomains) {
      if (domain.equals(own) || domain.endsWith("." + own)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text with each finding replaced by its kind's placeholder. A placeholder already in the
   * text is a finding of its kind, so text redacted upstream (the speech stage) still tells what it
   * held.
   */
  public Redaction redact(String text) {
    return redact(text, "");
  }

  /**
   * As {@link #redact(String)}, for the answer to {@code asked} (the turn before): a number at the
   * answer's start is read as if the end of the question came before it, so "Sure, it's one two
   * three …" after "your social security number?" is a social security number, and seven digits
   * after "what's your phone number?" a phone number.
   */
  public Redaction redact(String text, String asked) {
    return redact(text, asked, new SaidSoFar());
  }

  /**
   * As {@link #redact(String, String)}, for one turn of a call whose turns before it were redacted
   * with the same {@code said}: a security code or date of birth taken in them is taken again
   * wherever this turn says it, cue or none ("March 7th 1985, that matches").
   */
  public Redaction redact(String text, String asked, SaidSoFar said) {
    return redact(text, asked, said, List.of());
  }

  /**
   * As {@link #redact(String, String, SaidSoFar)}, taking {@code parts} too: this turn's pieces of
   * numbers read over several turns ({@link NumbersInParts}).
   */
  public Redaction redact(
      String text, String asked, SaidSoFar said, List<Redaction.Finding> parts) {
    return redact(text, asked, said, parts, true);
  }

  /**
   * What {@link #redact(String, String)} finds in the parts of a number read over several turns,
   * joined ({@link NumbersInParts}), but for corrections: the join's own pause would read as the
   * pause around one, and the next turn's first digits (我是八五年的 after a phone number given with a
   * correction) as the corrected number.
   */
  Redaction findAcrossParts(String joined, String asked) {
    return redact(joined, asked, new SaidSoFar(), List.of(), false);
  }

  private Redaction redact(
      String text,
      String asked,
      SaidSoFar said,
      List<Redaction.Finding> parts,
      boolean corrections) {
    List<Redaction.Finding> findings = parts.isEmpty() ? new ArrayList<>() : new ArrayList<>(parts);
    boolean[] blocked = new boolean[text.length()];
    for (Redaction.Finding f : parts) {
      Arrays.fill(blocked, f.start(), f.end(), true);
    }
    for (int at = text.indexOf('['); at >= 0; at = text.indexOf('[', at + 1)) {
      for (PiiKind kind : PiiKind.values()) {
        if (text.startsWith(kind.placeholder(), at)) {
          int end = at + kind.placeholder().length();
          findings.add(new Redaction.Finding(kind, at, end));
          Arrays.fill(blocked, at, end, true);
        }
      }
    }
    if (mayHaveEmail(text)) {
      Matcher m = AT_DOMAIN.matcher(text);
      while (m.find()) {
        int start = userNameStart(text, m.start());
        if (start >= 0 && !isOwn(m.group(1))) {
          findings.add(new Redaction.Finding(PiiKind.EMAIL, start, m.end()));
          Arrays.fill(blocked, start, m.end(), true);
        }
      }
    }
    BitSet cueStarts = new BitSet();
    List<List<DigitRuns.Digit>> runs = DigitRuns.find(text, blocked, cueStarts);
    boolean cued =
        CuedNumbers.find(
            text, asked, ANSWER_LEAD, QUESTION_TAIL, cueStarts, blocked, findings, said);
    if (CuedNumbers.findSaidAgain(text, said, blocked, findings) || cued) {
      runs = DigitRuns.find(text, blocked); // a code's or date's digits are nobody else's
    }
    for (List<DigitRuns.Digit> run : runs) {
      int before = findings.size();
      int start = run.get(0).start();
      classify(text, asked, run, start, findings, true);
      if (findings.size() == before && corrections && Corrections.saysACorrection(text)) {
        // "my social is one two three, uh, no, one two four …": the cue is before the first part
        int cueAt = Corrections.correctedPartStart(text, start);
        if (cueAt < start) {
          classify(text, asked, run, cueAt, findings, true);
        }
      }
      if (findings.size() > before) {
        for (int f = before; f < findings.size(); f++) {
          Redaction.Finding taken = findings.get(f);
          said.rememberNumber(
              taken.kind(), DigitRuns.digitsWithin(run, taken.start(), taken.end()));
        }
      } else {
        PiiKind again = said.numberLike(DigitRuns.digitsWithin(run, 0, text.length()));
        if (again != null) {
          findings.add(
              new Redaction.Finding(again, run.get(0).start(), run.get(run.size() - 1).end()));
        }
      }
    }
    if (findings.isEmpty()) {
      return new Redaction(text, findings);
    }
    if (corrections && Corrections.saysACorrection(text)) {
      Corrections.takeTheOtherPart(text, findings); // most turns that give a number say it once
    }
    findings.sort(Comparator.comparingInt(Redaction.Finding::start));
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    List<Redaction.Finding> merged = new ArrayList<>();
    for (Redaction.Finding f : findings) {
      if (f.start() < at) {
        continue; // overlaps one already replaced
      }
      out.append(text, at, f.start()).append(f.kind().placeholder());
      at = f.end();
      merged.add(f);
    }
    out.append(text, at, text.length());
    return new Redaction(out.toString(), merged);
  }

  /**
   * Where the user name before an address's @ ({@code at}) begins, or -1 when there is none.
   * Written (zhang.san@…), it is the word touching the @ and any joined to it ("mary.jane dot
   * lee@…"). Spoken, people say it in parts ("j smith eighty four at …", 张三 一二三 at …): the words
   * back to one that introduces it (is, my, email; 是, 邮箱) or a clause's end, at most {@link
   * #USER_WORDS}.
   */
  private static int userNameStart(String text, int at) {
    boolean written =
        (text.charAt(at) == '@' || text.charAt(at) == '＠')
            && at > 0
            && !Character.isWhitespace(text.charAt(at - 1));
    int start = -1;
    int words = 0;
    boolean joined = false;
    boolean spelledBefore = false; // the word after this one was a letter or a digit said alone
    int i = at;
    while (i > 0) {
      while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
      if (i == 0 || start >= 0 && text.charAt(i - 1) == '.') {
        break; // the text's start, or a sentence's end
      }
      char c = text.charAt(i - 1);
      int from = i;
      while (from > 0
          && (isHan(c) ? isHan(text.charAt(from - 1)) : isUserChar(text.charAt(from - 1)))) {
        from--;
      }
      String word = text.substring(from, i).toLowerCase(Locale.ROOT);
      boolean joiner = JOINERS.contains(word);
      // Letters and digits said one by one are one word of the name: "j o h n", 一 二 三 四 五 六.
      boolean spelled = isSpelled(word);
      boolean newWord = !(spelled && spelledBefore);
      spelledBefore = spelled;
      if (word.isEmpty() || written && start >= 0 && !joined && !joiner) {
        break;
      }
      if (!joiner && isHan(c)) {
        // Only the characters after a lead-in (邮箱是张三 → 张三) are the name.
        int name = i;
        while (name > from && HAN_INTRODUCERS.indexOf(text.charAt(name - 1)) < 0) {
          name--;
        }
        if (name == i || newWord && ++words > USER_WORDS) {
          break;
        }
        start = name;
        if (name > from) {
          break;
        }
      } else if (start >= 0 && newWord && INTRODUCERS.contains(word)
          || from > 0 && (text.charAt(from - 1) == '\'' || text.charAt(from - 1) == '’')
          || !joiner && newWord && ++words > USER_WORDS) {
        break;
      } else {
        start = from;
      }
      joined = joiner;
      i = from;
    }
    return start;
  }

  /** A character of a user name: a domain name's, or one of . _ % +. */
  private static boolean isUserChar(char c) {
    return isNameChar(c) || "._%+".indexOf(c) >= 0;
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /**
   * Finds the numbers in one run. A number may have a few stray digits around it (第一 before, a +86
   * or 0086 prefix), no more: an order number that merely contains a Luhn-valid stretch stays. The
   * words that say what a number is ("card", 手机) are looked for before {@code cueAt}: the run's
   * start, or that of the part it corrects.
   */
  private static void classify(
      String text,
      String asked,
      List<DigitRuns.Digit> run,
      int cueAt,
      List<Redaction.Finding> out,
      boolean mayCut) {
    int n = run.size();
    if (n < 7) {
      return;
    }
    StringBuilder digits = new StringBuilder(n);
    run.forEach(d -> digits.append(d.value()));
    if (isServiceNumber(text, run, digits) || isReferenceGiven(text, cueAt)) {
      return;
    }
    boolean[] covered = new boolean[n];
    int found = out.size();
    // Said after "card", 15-19 digits are a card: one misheard by a digit fails Luhn, and one
    // that passes the ID-card check by chance (1 in 11) is still a card.
    if (n >= 15 && n <= 19 && after(CARD_CONTEXT, CARD_CONTEXT_CHARS, text, asked, cueAt)) {
      mark(run, covered, 0, n, PiiKind.BANK_CARD, out);
    }
    for (int s = 0; s + 18 <= n; s++) {
      if (stray(s, 18, n) <= 2
          && !any(covered, s, 18)
          && Checksums.isIdCard(digits.subSequence(s, s + 18))) {
        mark(run, covered, s, 18, PiiKind.ID_CARD, out);
      }
    }
    // Said after 身份证 or "ID", eighteen characters with a date of birth inside are an ID card
    // whose check digit was misheard or misread (its last 16 digits pass Luhn once in ten).
    // Seventeen such digits are one whose check character was lost: an X the recogniser did not
    // write as a letter, or said first ("最后一位是X，前面是…").
    if ((n == 18 && Checksums.isIdCardShape(digits) || n == 17 && Checksums.isIdCardBody(digits))
        && !any(covered, 0, n)
        && after(ID_CONTEXT, CARD_CONTEXT_CHARS, text, asked, cueAt)) {
      mark(run, covered, 0, n, PiiKind.ID_CARD, out);
    }
    for (int len = 19; len >= 16; len--) {
      for (int s = 0; s + len <= n; s++) {
        if (stray(s, len, n) <= 2
            && !any(covered, s, len)
            && isDigits(digits, s, len)
            && Checksums.isLuhn(digits.subSequence(s, s + len))) {
          if (mayCut && s > 0 && s + len < n && out.size() == found) {
            // Digits left over at both ends: where two numbers said one after the other meet
            // (two mobiles; one pair in six holds such a stretch). The two numbers, if the run
            // parts into them, not a card that keeps a few digits of each.
            List<Redaction.Finding> two = new ArrayList<>();
            cutInTwo(text, asked, run, two);
            if (!two.isEmpty() && reachesEnd(two, run)) {
              out.addAll(two);
              return;
            }
          }
          mark(run, covered, s, len, PiiKind.BANK_CARD, out);
        }
      }
    }
    for (int s = 0; s + 11 <= n; s++) {
      if (stray(s, 11, n) <= 4
          && !any(covered, s, 11)
          && digits.charAt(s) == '1'
          && digits.charAt(s + 1) >= '3'
          && digits.charAt(s + 1) <= '9'
          && isDigits(digits, s, 11)) {
        mark(run, covered, s, 11, PiiKind.PHONE, out);
      }
    }
    // A North American number written in its groups: (415) 555-0132, 415.555.0132, 1 212 555 0132.
    if ((n == 10 || n == 11 && digits.charAt(0) == '1') && !any(covered, 0, n)) {
      int s = n - 10;
      if (digits.charAt(s) >= '2'
          && digits.charAt(s + 3) >= '2'
          && isDigits(digits, s, 10)
          && grouped(text, run, s, 3, 3, 4)) {
        mark(run, covered, 0, n, PiiKind.PHONE, out);
        int start = run.get(0).start();
        if (start > 0 && text.charAt(start - 1) == '(') {
          // The area code's parenthesis goes with it: "([PHONE]" reads as a slip.
          Redaction.Finding f = out.remove(out.size() - 1);
          out.add(new Redaction.Finding(f.kind(), start - 1, f.end()));
        }
      }
    }
    // A landline: stray digits may follow it (an extension), but before its 0 only the country
    // code, so an order number beginning 2023… is no Chongqing (023) number.
    for (int len = 12; len >= 10; len--) {
      for (int s = 0; s + len <= n; s++) {
        if (stray(s, len, n) <= 4
            && (s == 0 || isCountryCode(digits, s))
            && !any(covered, s, len)
            && digits.charAt(s) == '0'
            && digits.charAt(s + 1) != '0'
            && isDigits(digits, s, len)) {
          mark(run, covered, s, len, PiiKind.PHONE, out);
        }
      }
    }
    // Any country's number given with its country code ("+44 20 7946 0958", "plus forty four …",
    // 0044 …): only its length can be checked (E.164: at most 15 digits).
    int plus = n >= 8 && n <= 15 ? plusBefore(text, run.get(0).start()) : -1;
    if (n >= 8
        && n <= 15
        && !any(covered, 0, n)
        && (plus >= 0
            || digits.charAt(0) == '0' && digits.charAt(1) == '0' && digits.charAt(2) != '0')) {
      mark(run, covered, 0, n, PiiKind.PHONE, out);
    }
    // A US social security number: written in its groups (123-45-6789), or nine digits after
    // "social" or "SSN" (before the phone words take "social security number is …").
    for (int s = 0; s + 9 <= n && n <= 11; s++) {
      if (stray(s, 9, n) <= 2
          && !any(covered, s, 9)
          && Checksums.isSsn(digits.subSequence(s, s + 9))
          && (grouped(text, run, s, 3, 2, 4)
              || after(SSN_CONTEXT, SSN_CONTEXT_CHARS, text, asked, cueAt))) {
        mark(run, covered, s, 9, PiiKind.SSN, out);
      }
    }
    if (n <= 11
        && digits.charAt(0) != '0'
        && !any(covered, 0, n)
        && after(QQ_CONTEXT, CONTEXT_CHARS, text, asked, cueAt)) {
      mark(run, covered, 0, n, PiiKind.EMAIL, out);
    }
    // A local number, or a mobile or landline misheard by a digit, said after "phone"; a whole
    // national number (ten or eleven digits) further after it in its sentence: "the best number
    // to reach you at would be …".
    int reach = n == 10 || n == 11 ? NATIONAL_CONTEXT_CHARS : CONTEXT_CHARS;
    if (n <= 12 && !any(covered, 0, n) && after(PHONE_CONTEXT, reach, text, asked, cueAt)) {
      mark(run, covered, 0, n, PiiKind.PHONE, out);
    }
    if (mayCut && out.size() == found && n >= 2 * DigitRuns.MIN_RUN) {
      cutInTwo(text, asked, run, out);
    }
    // A spoken country code goes with its number: "plus forty [PHONE]" would keep half of it.
    int start = run.get(0).start();
    if (plus >= 0 && plus < start) {
      for (int i = found; i < out.size(); i++) {
        Redaction.Finding f = out.get(i);
        if (f.kind() == PiiKind.PHONE && f.start() == start) {
          out.set(i, new Redaction.Finding(f.kind(), plus, f.end()));
        }
      }
    }
  }

  /** The lengths of the numbers redaction knows, most common first: where a long run is cut. */
  private static final int[] CUTS = {11, 18, 16, 19, 17, 15, 12, 10, 9, 8, 7, 13, 14};

  /**
   * Two numbers said one after the other (a number said twice, a phone number and an ID card in a
   * row, a card and its expiry date) make one run too long to be either. The run is cut between two
   * digits said apart, where the first part is a number, all of it; the rest is read on its own,
   * with the words before the first as its cue too ("my numbers are …" names both). A cut where the
   * rest is a number to its end as well is taken before one where it is not: eleven digits after
   * "number" are a phone misheard by a digit, but ten and ten are two phones.
   */
  private static void cutInTwo(
      String text, String asked, List<DigitRuns.Digit> run, List<Redaction.Finding> out) {
    int n = run.size();
    List<Redaction.Finding> firstWhole = null;
    // A stray digit or two may come first, said apart (张三，138…: 三 is a name's).
    for (int from = 0; from <= 2; from++) {
      if (from > 0 && run.get(from - 1).end() == run.get(from).start()) {
        continue;
      }
      for (int length : CUTS) {
        int k = from + length;
        if (k >= n || run.get(k - 1).end() == run.get(k).start()) {
          continue; // only where something parts them: a space, a comma, a pause
        }
        List<Redaction.Finding> first = new ArrayList<>();
        classify(text, asked, run.subList(from, k), run.get(from).start(), first, false);
        if (first.isEmpty()
            || first.get(0).start() > run.get(from).start()
            || first.get(first.size() - 1).end() < run.get(k - 1).end()) {
          continue; // the first part is a number from its first digit to its last
        }
        List<Redaction.Finding> rest = new ArrayList<>();
        if (n - k >= DigitRuns.MIN_RUN) {
          classify(text, asked, run.subList(k, n), run.get(from).start(), rest, false);
        }
        first.addAll(rest);
        if (!rest.isEmpty() && rest.get(0).start() == run.get(k).start() && reachesEnd(rest, run)) {
          out.addAll(first);
          return;
        }
        if (firstWhole == null) {
          firstWhole = first;
        }
      }
    }
    if (firstWhole != null) {
      out.addAll(firstWhole);
    }
  }

  /** Whether the last of the findings ends where the run does. */
  private static boolean reachesEnd(List<Redaction.Finding> found, List<DigitRuns.Digit> run) {
    return found.get(found.size() - 1).end() >= run.get(run.size() - 1).end();
  }

  /**
   * Where a country code's + begins, if one comes just before a run: written, or said as "plus"
   * with the code in words that are no digits ("plus forty four" before "seven seven oh …"); else
   * -1. A written + stays outside (+86 [PHONE]); a spoken code is taken with the number.
   */
  private static int plusBefore(String text, int start) {
    int at = start;
    for (int words = 0; ; words++) {
      while (at > 0 && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '-')) {
        at--;
      }
      if (at > 0 && (text.charAt(at - 1) == '+' || text.charAt(at - 1) == '＋')) {
        return words == 0 ? start : at - 1;
      }
      int wordStart = at;
      while (wordStart > 0 && DigitRuns.isAsciiLetter(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      String word = text.substring(wordStart, at).toLowerCase(Locale.ROOT);
      if (word.equals("plus")) {
        return wordStart;
      }
      if (word.isEmpty() || words == 3 || EnglishNumbers.digitsOf(word) == null) {
        return -1;
      }
      at = wordStart;
    }
  }

  /** Whether the digits before {@code s} are China's country code, 86 or 0086. */
  private static boolean isCountryCode(CharSequence digits, int s) {
    String before = digits.subSequence(0, s).toString();
    return before.equals("86") || before.equals("0086");
  }

  /**
   * Whether the run's digits from {@code s} are written in groups of these sizes: no gap inside a
   * group, a separator (space, -, ., parentheses) between groups.
   */
  private static boolean grouped(String text, List<DigitRuns.Digit> run, int s, int... sizes) {
    int at = s;
    for (int g = 0; g < sizes.length; g++) {
      for (int i = at; i < at + sizes[g] - 1; i++) {
        if (run.get(i).end() != run.get(i + 1).start()) {
          return false;
        }
      }
      at += sizes[g];
      if (g + 1 < sizes.length) {
        int gapStart = run.get(at - 1).end();
        int gapEnd = run.get(at).start(); // before gapStart inside a repeat ("triple five", 三个五)
        String gap = gapStart < gapEnd ? text.substring(gapStart, gapEnd) : "";
        if (gap.isEmpty() || !gap.chars().allMatch(c -> " -.()".indexOf(c) >= 0)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether a run is a company's service number, which no caller owns and agents give all day ("you
   * can reach claims at 1-800-555-0199"): a North American toll-free number (800, 833, 844, 855,
   * 866, 877, 888), or a Chinese 400 or 800 number. Ten digits so beginning are no person's
   * (Chinese landlines begin with 0, mobiles are eleven digits), but only in a service number's
   * shape: grouped 3-3-4, written unbroken, or with the 800 said "eight hundred" or "eight double
   * oh"; so an SSN with a stray digit after it (833-01-0001 一下) is still an SSN. With North
   * America's leading 1 the eleven digits could be a Chinese mobile (180 0555 0199), so the 1 must
   * stand apart and the rest be so shaped.
   */
  private static boolean isServiceNumber(
      String text, List<DigitRuns.Digit> run, CharSequence digits) {
    int s = digits.length() - 10;
    boolean setApart = s == 1 && digits.charAt(0) == '1' && run.get(0).end() < run.get(1).start();
    if (s != 0 && !setApart) {
      return false;
    }
    boolean china400 =
        digits.charAt(s) == '4' && digits.charAt(s + 1) == '0' && digits.charAt(s + 2) == '0';
    if (!china400 && !isTollFree(digits, s)) {
      return false;
    }
    DigitRuns.Digit zero = run.get(s + 1);
    boolean saidInWords =
        zero.start() == run.get(s + 2).start()
            && DigitRuns.isAsciiLetter(text.charAt(zero.start()));
    return saidInWords || grouped(text, run, s, 3, 3, 4) || s == 0 && grouped(text, run, 0, 10);
  }

  /** Whether the digits at {@code s} are 800 or another toll-free 8xx (833 … 888). */
  private static boolean isTollFree(CharSequence digits, int s) {
    char x = digits.charAt(s + 1);
    return digits.charAt(s) == '8'
        && x == digits.charAt(s + 2)
        && (x == '0' || x >= '3' && x <= '8');
  }

  /** The most digits of the run left over on either side of a window. */
  private static int stray(int start, int len, int n) {
    return Math.max(start, n - start - len);
  }

  /** A letter or a digit said on its own: "j", "7", "seven", 七. */
  private static boolean isSpelled(String word) {
    return word.length() == 1 || EnglishNumbers.digitOf(word) >= 0;
  }

  /**
   * A cheap test that spares a text the e-mail pattern unless it holds an @ (＠, 艾特) or the word at
   * followed by a name and a {@link #DOT}. English says at in most turns (look at the bill, at the
   * moment), and the pattern cost a tenth of scoring an English call.
   */
  private static boolean mayHaveEmail(String text) {
    if (text.indexOf('@') >= 0 || text.indexOf('＠') >= 0) {
      return true;
    }
    for (String at : HAN_AT) { // a loop, not a stream: this runs for every turn
      if (text.contains(at)) {
        return true;
      }
    }
    int n = text.length();
    for (String spoken : SPOKEN_AT) {
      for (int at = text.indexOf(spoken); at >= 0; at = text.indexOf(spoken, at + 1)) {
        int name = afterSign(text, DigitRuns.skipSpaces(text, at + spoken.length()));
        // letters said apart before the name: "g mail", "a o l"
        while (name + 2 < n
            && isNameChar(text.charAt(name))
            && text.charAt(name + 1) == ' '
            && !isDot(text, name + 1)) {
          name = DigitRuns.skipSpaces(text, name + 1);
        }
        int end = name;
        while (end < n
            && (isNameChar(text.charAt(end))
                || DigitRuns.isDigit(text.charAt(end)) // at 一六三 点 com
                || end > name
                    && text.charAt(end) == ' '
                    && end + 1 < n
                    && DigitRuns.isDigit(text.charAt(end + 1)))) {
          end++;
        }
        if (end > name && isDot(text, end)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Where the name begins after a spoken "at sign" or "at symbol", or {@code from}. */
  private static int afterSign(String text, int from) {
    for (String sign : AT_SIGNS) {
      int end = from + sign.length();
      if (text.regionMatches(true, from, sign, 0, sign.length())
          && end < text.length()
          && text.charAt(end) == ' ') {
        return DigitRuns.skipSpaces(text, end);
      }
    }
    return from;
  }

  /** A spoken "at" as a word, in any case: each looked for in one pass over the text. */
  private static final List<String> SPOKEN_AT = List.of(" at ", " At ", " AT ", " aT ");

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  }

  /**
   * Whether a dot of an address follows: written at {@code i} with the next name touching it
   * (gmail.com; "I'm at home." ends a sentence), or spoken after spaces.
   */
  private static boolean isDot(String text, int i) {
    if (i + 1 < text.length() && (text.charAt(i) == '.' || text.charAt(i) == '。')) {
      return isNameChar(text.charAt(i + 1));
    }
    int at = DigitRuns.skipSpaces(text, i);
    return at < text.length()
        && (text.charAt(at) == '点'
            || (text.regionMatches(true, at, "dot", 0, 3)
                && (at + 3 == text.length() || !Character.isLetterOrDigit(text.charAt(at + 3)))));
  }

  /**
   * Whether a word of {@code context} comes within {@code chars} before {@code start}, or, near the
   * start of an answer, at the end of the question it answers: the turn before, or a question of
   * this turn ("My number? It's four one five …").
   */
  private static boolean after(Pattern context, int chars, String text, String asked, int start) {
    if (says(context, text, Math.max(sentenceStart(text, start), start - chars), start)
        || start <= ANSWER_LEAD
            && says(context, asked, Math.max(0, asked.length() - QUESTION_TAIL), asked.length())) {
      return true;
    }
    for (int q = start - 1; q >= 0 && start - q <= ANSWER_LEAD; q--) {
      if (CuedNumbers.isQuestionMark(text.charAt(q))) {
        // it asks for the number when it ends on the word
        int from = Math.max(sentenceStart(text, q), q - QUESTION_TAIL);
        return says(context, text, from, q, q - CuedNumbers.ASKED_WITHIN);
      }
    }
    return false;
  }

  /** Where the sentence that holds {@code at} begins. */
  private static int sentenceStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      if (CuedNumbers.isSentenceEnd(text, i)) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * Whether {@code context} is said between {@code from} and {@code to}, other than as a
   * reference's number ("your case number is …", 订单号码): those are the centre's own numbers.
   */
  private static boolean says(Pattern context, String text, int from, int to) {
    return says(context, text, from, to, from);
  }

  /**
   * As {@link #says(Pattern, String, int, int)}, for a word that ends at {@code endsFrom} or later.
   */
  private static boolean says(Pattern context, String text, int from, int to, int endsFrom) {
    Matcher m = context.matcher(text).region(from, to);
    while (m.find()) {
      if (m.end() >= endsFrom && !isReferenceNumber(text, m.start(), m.group())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the "number" or 号码 at {@code at} is a case's, an order's or another reference's. */
  private static boolean isReferenceNumber(String text, int at, String word) {
    if (word.equalsIgnoreCase("number")) {
      return REFERENCES.contains(CuedNumbers.wordBefore(text, at));
    }
    int end = at;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (word.equals("号码")) {
      String before = text.substring(Math.max(0, end - 2), end);
      return HAN_REFERENCES.stream().anyMatch(before::endsWith);
    }
    return false;
  }

  /**
   * Whether the number at {@code start} is introduced as a reference the centre gives ("your case
   * number is …", "reference: …", 您的工单号是…): it is that reference whole, though a mobile or a
   * Luhn-valid stretch hides in one of twelve digits or more with a digit or two to spare (a third
   * of fourteen-digit ones), and an agent who reads it out discloses nothing.
   */
  private static boolean isReferenceGiven(String text, int start) {
    if (HAN_REFERENCE_GIVEN
        .matcher(text)
        .region(Math.max(0, start - HAN_REFERENCE_LEAD), start)
        .find()) {
      return true;
    }
    // "case number is", "reference is", "order no": the reference's word, then what may follow it
    int at = start;
    String word = CuedNumbers.wordBefore(text, at);
    for (Set<String> skipped : List.of(Set.of("is", "was"), Set.of("number", "no", "id", "code"))) {
      if (skipped.contains(word)) {
        at = CuedNumbers.wordStartBefore(text, at);
        word = CuedNumbers.wordBefore(text, at);
      }
    }
    return REFERENCES.contains(word);
  }

  /** 单号 (订单号, 运单号, 工单号, 投诉单号), 流水号, 受理号, 合同号, 序列号, 工单编号 … just before a number. */
  private static final Pattern HAN_REFERENCE_GIVEN =
      Pattern.compile("(单|流水|受理|合同|序列|(工单|受理|投诉|服务|维修|申请|业务|会员)\\s*编)\\s*号码?\\s*(是|为)?[\\s:：,，]*$");

  private static final int HAN_REFERENCE_LEAD = 12;

  /** The numbers a centre gives a caller, which are no one's phone: "your case number is …". */
  private static final Set<String> REFERENCES =
      Set.of(
          "case",
          "order",
          "ticket",
          "reference",
          "confirmation",
          "tracking",
          "policy",
          "claim",
          "invoice",
          "booking",
          "serial",
          "model",
          "part",
          "flight",
          "room",
          "incident",
          "request");

  /** 订单号码, 工单号码, 快递号码, 投诉号码, 受理号码, 流水号码. */
  private static final Set<String> HAN_REFERENCES = Set.of("单", "快递", "投诉", "受理", "流水");

  private static boolean isDigits(CharSequence s, int from, int len) {
    for (int i = from; i < from + len; i++) {
      if (s.charAt(i) == 'X') {
        return false;
      }
    }
    return true;
  }

  private static boolean any(boolean[] covered, int from, int len) {
    for (int i = from; i < from + len; i++) {
      if (covered[i]) {
        return true;
      }
    }
    return false;
  }

  private static void mark(
      List<DigitRuns.Digit> run,
      boolean[] covered,
      int from,
      int len,
      PiiKind kind,
      List<Redaction.Finding> out) {
    for (int i = from; i < from + len; i++) {
      covered[i] = true;
    }
    out.add(new Redaction.Finding(kind, run.get(from).start(), run.get(from + len - 1).end()));
  }
}
