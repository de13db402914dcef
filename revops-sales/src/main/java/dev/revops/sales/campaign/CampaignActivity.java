package dev.revops.sales.campaign;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a campaign's activity log: an attempt to contact a person, allowed or not, with the
 * rules that decided it, or what the channel answered. Ids, rule ids and channel codes only: no
 * address, name or text. Immutable.
 *
 * @param target the message
 * @param at when
 * @param kind what happened
 * @param rules the rule ids that decided: those that blocked it for {@link Kind#BLOCKED} and {@link
 *     Kind#DEFERRED}, those that allowed it for {@link Kind#ALLOWED}; empty otherwise
 * @param answer the channel's answer for {@link Kind#ANSWERED} and {@link Kind#RESOLVED}; null
 *     otherwise
 * @param detail a short explanation (the missing tokens, the channel's code), or null
 */
public record CampaignActivity(
    SendTarget target,
    Instant at,
    Kind kind,
    List<String> rules,
    SendStatus answer,
    String detail) {

  /** What an entry records. */
  public enum Kind {
    /** The rules allowed the contact and the message was handed to the channel. */
    ALLOWED,
    /** A rule that depends on time held the contact back; it is decided again later. */
    DEFERRED,
    /** A rule blocked the contact for good. */
    BLOCKED,
    /** The channel answered the attempt. */
    ANSWERED,
    /** A lookup by the attempt's key settled an attempt whose answer was not recorded. */
    RESOLVED,
    /** A lookup found that the channel never received the attempt: it is decided again. */
    NOT_RECEIVED
  }

  /** Checks the parts and copies the rules. */
  public CampaignActivity {
    requireNonNull(target, "target");
    requireNonNull(at, "at");
    requireNonNull(kind, "kind");
    rules = List.copyOf(rules);
    boolean answers = kind == Kind.ANSWERED || kind == Kind.RESOLVED;
    if (answers != (answer != null)) {
      throw new IllegalArgumentException(
          kind + " entries " + (answers ? "need" : "take no") + " channel answer");
    }
  }
}
