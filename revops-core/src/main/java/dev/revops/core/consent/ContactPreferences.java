package dev.revops.core.consent;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.ContactId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a person told us about being contacted: consent per channel with its history, do-not-call,
 * inconvenient times and a preferred channel. Immutable and thread-safe: every change returns a new
 * value and keeps the history (who said what, when, from which source).
 *
 * @param contact the person
 * @param history every consent record, oldest first
 * @param doNotCall whether the number is on a do-not-call list (calls and texts blocked)
 * @param inconvenientTimes windows the person named as inconvenient, in their local time
 * @param preferred the preferred channel, or null
 */
public record ContactPreferences(
    ContactId contact,
    List<ConsentRecord> history,
    boolean doNotCall,
    List<InconvenientTime> inconvenientTimes,
    Channel preferred) {
  private static final Pattern NOT_LETTER = Pattern.compile("[^A-Z ]");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * Words that revoke consent when a person sends them (CTIA's standard opt-out keywords and common
   * variants). Matching ignores case, surrounding spaces and punctuation.
   */
  public static final Set<String> OPT_OUT_KEYWORDS =
      Set.of(
          "STOP",
          "STOPALL",
          "STOP ALL",
          "UNSUBSCRIBE",
          "CANCEL",
          "END",
          "QUIT",
          "REVOKE",
          "OPT OUT",
          "OPTOUT");

  /** Copies the lists. */
  public ContactPreferences {
    requireNonNull(contact, "contact");
    history = List.copyOf(history);
    inconvenientTimes = List.copyOf(inconvenientTimes);
  }

  /**
   * Preferences with nothing recorded.
   *
   * @param contact the person
   * @return empty preferences
   */
  public static ContactPreferences none(ContactId contact) {
    return new ContactPreferences(contact, List.of(), false, List.of(), null);
  }

  /**
   * Returns the current status on a channel: the latest record wins.
   *
   * @param channel the channel
   * @return the status, UNKNOWN when nothing was recorded
   */
  public ConsentStatus status(Channel channel) {
    return latest(channel).map(ConsentRecord::status).orElse(ConsentStatus.UNKNOWN);
  }

  /**
   * Returns the latest record on a channel.
   *
   * @param channel the channel
   * @return the record, if any
   */
  public Optional<ConsentRecord> latest(Channel channel) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).channel() == channel) {
        return Optional.of(history.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the latest status per channel.
   *
   * @return channel to status, for channels with a record
   */
  public Map<Channel, ConsentStatus> statuses() {
    Map<Channel, ConsentStatus> m = new EnumMap<>(Channel.class);
    for (ConsentRecord r : history) {
      m.put(r.channel(), r.status());
    }
    return m;
  }

  /**
   * Records consent on a channel.
   *
   * @param channel the channel
   * @param source where it came from
   * @param at when
   * @return the new preferences
   */
  public ContactPreferences optIn(Channel channel, String source, Instant at) {
    return with(new ConsentRecord(channel, ConsentStatus.OPTED_IN, source, at));
  }

  /**
   * Records an opt-out on a channel.
   *
   * @param channel the channel
   * @param source where it came from
   * @param at when
   * @return the new preferences
   */
  public ContactPreferences optOut(Channel channel, String source, Instant at) {
    return with(new ConsentRecord(channel, ConsentStatus.OPTED_OUT, source, at));
  }

  /**
   * Handles a message the person sent: an opt-out keyword revokes consent on the channel it came in
   * by ({@code STOP} by SMS stops texts); {@code STOP ALL} or {@code STOPALL} revokes every
   * channel. Any other text changes nothing.
   *
   * @param via the channel the message arrived on
   * @param text the message text
   * @param at when it arrived
   * @return the new preferences (the same when the text is not a keyword)
   */
  public ContactPreferences onInboundMessage(Channel via, String text, Instant at) {
    requireNonNull(via, "via");
    requireNonNull(text, "text");
    String word =
        SPACES
            .matcher(NOT_LETTER.matcher(text.trim().toUpperCase(Locale.ROOT)).replaceAll(""))
            .replaceAll(" ")
            .trim();
    if (!OPT_OUT_KEYWORDS.contains(word)) {
      return this;
    }
    if (word.equals("STOPALL") || word.equals("STOP ALL")) {
      ContactPreferences p = this;
      for (Channel c : Channel.values()) {
        p = p.optOut(c, "keyword:" + word, at);
      }
      return p;
    }
    ContactPreferences p = optOut(via, "keyword:" + word, at);
    if (via == Channel.PHONE) {
      p = p.optOut(Channel.AUTOMATED_CALL, "keyword:" + word, at);
    }
    return p;
  }

  /**
   * Sets the do-not-call flag.
   *
   * @param flag whether calls and texts are barred
   * @return the new preferences
   */
  public ContactPreferences withDoNotCall(boolean flag) {
    return new ContactPreferences(contact, history, flag, inconvenientTimes, preferred);
  }

  /**
   * Adds a window the person named as inconvenient.
   *
   * @param window the window
   * @return the new preferences
   */
  public ContactPreferences withInconvenientTime(InconvenientTime window) {
    List<InconvenientTime> all = new ArrayList<>(inconvenientTimes);
    all.add(requireNonNull(window, "window"));
    return new ContactPreferences(contact, history, doNotCall, all, preferred);
  }

  /**
   * Sets the preferred channel.
   *
   * @param channel the channel, or null for none
   * @return the new preferences
   */
  public ContactPreferences withPreferred(Channel channel) {
    return new ContactPreferences(contact, history, doNotCall, inconvenientTimes, channel);
  }

  private ContactPreferences with(ConsentRecord record) {
    List<ConsentRecord> all = new ArrayList<>(history.size() + 1);
    all.addAll(history);
    all.add(record);
    return new ContactPreferences(contact, all, doNotCall, inconvenientTimes, preferred);
  }
}
