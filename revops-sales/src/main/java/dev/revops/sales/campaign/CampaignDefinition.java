package dev.revops.sales.campaign;

import dev.revops.core.consent.Channel;
import dev.revops.core.error.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a campaign is, as a host writes it in JSON ({@link CampaignLoader}): a goal (the conversion
 * event that counts as success, such as {@code "subscription.upgraded"}), an audience (a segment's
 * id), the steps with their channels, delays and templates, the send window in the contact's zone,
 * and the template tokens the host adds to the standard ones. Immutable.
 *
 * @param id the campaign's id
 * @param name a name for people
 * @param goal the conversion event
 * @param audience the segment the campaign is sent to
 * @param steps the steps, in the order they are sent
 * @param sendWindow the hours messages may go out in the contact's zone
 * @param extraTokens template tokens the host fills in beyond {@link
 *     Personalisation#STANDARD_TOKENS}; may be empty
 */
public record CampaignDefinition(
    @NotBlank String id,
    @NotBlank String name,
    @NotBlank String goal,
    @NotBlank String audience,
    @NotEmpty List<@Valid @NotNull CampaignStep> steps,
    @NotNull @Valid SendWindow sendWindow,
    List<@NotBlank String> extraTokens) {
  /** The longest delay of a step, in days (a little over a year). */
  public static final int MAX_DELAY_DAYS = 400;

  /** The most steps a campaign has. */
  public static final int MAX_STEPS = 50;

  /** Copies the lists. */
  public CampaignDefinition {
    steps = List.copyOf(steps);
    extraTokens = extraTokens == null ? List.of() : List.copyOf(extraTokens);
  }

  /**
   * Checks the rules that field annotations cannot express: step ids unique and at most {@value
   * #MAX_STEPS} steps, delays from 0 to {@value #MAX_DELAY_DAYS} days and never decreasing,
   * templates whose tokens are known, channels a campaign can use, a window that is not empty and
   * lies within 08:00-21:00 when a step calls or texts.
   *
   * @return every problem, each with its JSON path; empty when the definition is consistent
   */
  public List<Violation> problems() {
    List<Violation> out = new ArrayList<>();
    if (steps.size() > MAX_STEPS) {
      out.add(new Violation("$.steps", steps.size() + " steps, at most " + MAX_STEPS));
    }
    if (!sendWindow.from().isBefore(sendWindow.until())) {
      out.add(
          new Violation(
              "$.sendWindow",
              "from " + sendWindow.from() + " is not before until " + sendWindow.until()));
    }
    Set<String> ids = new HashSet<>();
    Set<String> extra = Set.copyOf(extraTokens);
    boolean callsOrTexts = false;
    int previousDelay = 0;
    for (int i = 0; i < steps.size(); i++) {
      CampaignStep s = steps.get(i);
      String p = "$.steps[" + i + "]";
      if (!ids.add(s.id())) {
        out.add(new Violation(p + ".id", "duplicate step id '" + s.id() + "'"));
      }
      if (s.channel() == Channel.LETTER) {
        out.add(new Violation(p + ".channel", "LETTER is not a campaign channel"));
      }
      callsOrTexts |= s.channel() != Channel.EMAIL && s.channel() != Channel.LETTER;
      if (s.delayDays() < 0 || s.delayDays() > MAX_DELAY_DAYS) {
        out.add(
            new Violation(
                p + ".delayDays",
                "must be from 0 to " + MAX_DELAY_DAYS + " days, got " + s.delayDays()));
      } else if (s.delayDays() < previousDelay) {
        out.add(
            new Violation(
                p + ".delayDays",
                s.delayDays()
                    + " is before the previous step's "
                    + previousDelay
                    + "; steps go in the order they are sent"));
      } else {
        previousDelay = s.delayDays();
      }
      MessageTemplate.parse(s.template(), extra, p + ".template", out);
    }
    if (callsOrTexts && !sendWindow.withinCallingHours()) {
      out.add(
          new Violation(
              "$.sendWindow",
              sendWindow.from()
                  + "-"
                  + sendWindow.until()
                  + " is outside 08:00-21:00, the hours calls and texts may be placed in the"
                  + " contact's local time (47 CFR 64.1200(c)(1))"));
    }
    return out;
  }

  /**
   * Returns a step's template, read.
   *
   * @param index the step's place
   * @return the template
   */
  public MessageTemplate template(int index) {
    return MessageTemplate.parse(
        steps.get(index).template(), Set.copyOf(extraTokens), "$.steps[" + index + "].template");
  }
}
