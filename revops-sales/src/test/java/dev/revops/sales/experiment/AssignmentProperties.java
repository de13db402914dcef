package dev.revops.sales.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.ContactId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Assignment is stable per contact and the split converges to the configured shares. */
class AssignmentProperties {
  private static final int CONTACTS = 2000;

  /**
   * Values computed independently with Python: {@code int.from_bytes(hashlib.sha256(b"offer-ab-"
   * b"2026-12\x00c-1").digest()[:8], "big") % 10000}.
   */
  @Test
  void bucketsAreTheDocumentedHash() {
    assertThat(Assignment.bucket("offer-ab-2026-12", ContactId.of("c-1"))).isEqualTo(6877);
    assertThat(Assignment.bucket("offer-ab-2026-12", ContactId.of("c-2"))).isEqualTo(6994);
    assertThat(Assignment.bucket("t", ContactId.of("ü"))).isEqualTo(6036);
    ExperimentDefinition d = ExperimentDefinition.fromJson(ExperimentFixtures.TWO_OFFERS_JSON);
    // offer-a owns buckets [0, 4000), offer-b [4000, 8000), the holdout [8000, 10000)
    assertThat(Assignment.of(d, ContactId.of("c-1")).arm()).isEqualTo("offer-b");
  }

  @Property(tries = 1000)
  void assignmentIsStableAndDependsOnlyOnTheIds(
      @ForAll("splits") TrafficSplit split,
      @ForAll @StringLength(min = 1, max = 30) @AlphaChars String experimentId,
      @ForAll @StringLength(min = 1, max = 40) String contact) {
    ExperimentDefinition d =
        ExperimentDefinition.of(
            experimentId, 1000, split, ExperimentFixtures.design(DecisionRule.SEQUENTIAL_MSPRT));
    ContactId id = ContactId.of("c" + contact);
    Assignment first = Assignment.of(d, id);
    // a new definition object, same ids: the same arm (nothing is stored, nothing is random)
    ExperimentDefinition again =
        ExperimentDefinition.of(
            experimentId, 5000, split, ExperimentFixtures.design(DecisionRule.SEQUENTIAL_MSPRT));
    assertThat(Assignment.of(again, ContactId.of("c" + contact))).isEqualTo(first);
    assertThat(split.armNames()).contains(first.arm());
    assertThat(first.isHoldout()).isEqualTo(first.arm().equals(TrafficSplit.HOLDOUT));
  }

  /**
   * Over {@value #CONTACTS} contacts each arm's count stays within 5 binomial standard deviations
   * of contacts × share, plus 6 contacts: a floor for arms that expect only a handful of contacts
   * (a 0.01 % arm expects 0.2), where the normal approximation fails; a Poisson(0.2) count reaches
   * 9 with a probability of about 10^-12. A false alarm has a probability below 10^-6 per arm.
   */
  @Property(tries = 1000)
  void sharesConvergeToTheConfiguredSplit(
      @ForAll("splits") TrafficSplit split,
      @ForAll @StringLength(min = 1, max = 20) @AlphaChars String experimentId) {
    ExperimentDefinition d =
        ExperimentDefinition.of(
            experimentId, 1000, split, ExperimentFixtures.design(DecisionRule.SEQUENTIAL_MSPRT));
    assertThat(converges(split, contact -> Assignment.of(d, contact).arm())).isTrue();
  }

  /**
   * The convergence property fails for a mutated rule, String.hashCode of the ids modulo the
   * buckets: sequential contact ids then land in neighbouring buckets, so some arm gets far more or
   * far fewer contacts than its share.
   */
  @Test
  void convergenceFindsACounterexampleForAStringHashCodeAssignment() {
    boolean found =
        splits()
            .sampleStream()
            .limit(200)
            .anyMatch(
                split ->
                    !converges(
                        split,
                        contact ->
                            split.armOf(
                                Math.floorMod(
                                    ("exp" + contact.value()).hashCode(), Assignment.BUCKETS))));
    assertThat(found).isTrue();
  }

  private static boolean converges(TrafficSplit split, Function<ContactId, String> assign) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < CONTACTS; i++) {
      counts.merge(assign.apply(ContactId.of("contact-" + i)), 1, Integer::sum);
    }
    for (String arm : split.armNames()) {
      double share = split.basisPoints(arm) / (double) Assignment.BUCKETS;
      double expected = CONTACTS * share;
      double sd = Math.sqrt(CONTACTS * share * (1 - share));
      double count = counts.getOrDefault(arm, 0);
      if (count < expected - 5 * sd - 6 || count > expected + 5 * sd + 6) {
        return false;
      }
    }
    return true;
  }

  @Provide
  Arbitrary<TrafficSplit> splits() {
    // 1 to 4 variants; basis points cut at random points of [1, 9999]
    return Arbitraries.integers()
        .between(1, 4)
        .flatMap(
            n ->
                Arbitraries.integers()
                    .between(1, 9999)
                    .set()
                    .ofSize(n)
                    .map(
                        cuts -> {
                          List<Integer> sorted = new ArrayList<>(cuts);
                          sorted.sort(null);
                          List<Variant> variants = new ArrayList<>();
                          int previous = 0;
                          for (int i = 0; i < sorted.size(); i++) {
                            variants.add(
                                new Variant(
                                    "v" + i,
                                    BigDecimal.valueOf(sorted.get(i) - previous).movePointLeft(2)));
                            previous = sorted.get(i);
                          }
                          return new TrafficSplit(
                              variants, BigDecimal.valueOf(10_000 - previous).movePointLeft(2));
                        }));
  }
}
