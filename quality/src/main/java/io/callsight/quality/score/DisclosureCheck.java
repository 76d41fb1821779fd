package io.callsight.quality.score;

import io.callsight.quality.redact.PiiKind;
import io.callsight.quality.rules.Rule;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fails on the first turn in which the party said personal data of a forbidden kind; the evidence
 * is the redacted turn, so the data itself is not repeated.
 */
final class DisclosureCheck extends Check {
  private final Rule.MustNotDisclose rule;

  DisclosureCheck(Rule.MustNotDisclose rule) {
    super(rule.info());
    this.rule = rule;
  }

  @Override
  Judgement judgeApplicable(PreparedCall call, Map<String, Judgement> earlier) {
    for (PreparedTurn t : call.turns) {
      if (rule.speaker().accepts(t.speaker(), false) && !t.pii().isEmpty()) {
        Set<PiiKind> said = EnumSet.noneOf(PiiKind.class);
        said.addAll(t.pii());
        said.retainAll(rule.kinds());
        if (said.contains(PiiKind.PHONE) && everyPhoneIsTheCentres(t.text())) {
          said.remove(PiiKind.PHONE);
        }
        if (!said.isEmpty()) {
          return verdict(
              VerdictKind.FAIL, t, "disclosed: " + said.stream().map(PiiKind::code).toList());
        }
      }
    }
    return verdict(VerdictKind.PASS, (PreparedTurn) null, "no personal data said");
  }

  /**
   * Whether every phone number of a redacted turn is named as the centre's or its staff's just
   * before it (师傅的电话是[PHONE], "the engineer's number is [PHONE]"): an agent who gives the
   * technician's mobile or the branch's landline discloses nothing of the customer's, though the
   * number is still redacted.
   */
  private static boolean everyPhoneIsTheCentres(String redacted) {
    String phone = PiiKind.PHONE.placeholder();
    for (int at = redacted.indexOf(phone); at >= 0; at = redacted.indexOf(phone, at + 1)) {
      if (!CENTRES_PHONE.matcher(redacted).region(Math.max(0, at - CUE_LEAD), at).find()) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern CENTRES_PHONE =
      Pattern.compile(
          "(?i)((师傅|工程师|技术员|网点|营业厅|门店|服务中心|维修点|热线|售后|客服|我们|公司)的?(联系)?"
              + "(电话|手机|手机号|手机号码|号码|座机|联系方式)(是|为)?"
              + "|\\b(engineer|technician|store|branch|office|shop|team|department|our)('s)?"
              + "( direct)?( phone)? (number|line|phone)( is)?"
              + "|\\b(call|reach|ring) (the|our) (engineer|technician|store|branch|office|team) (on|at))"
              + "[\\s:：,，]*$");

  private static final int CUE_LEAD = 40;
}
