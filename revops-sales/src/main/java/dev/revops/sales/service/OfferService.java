package dev.revops.sales.service;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.IdGenerator;
import dev.revops.core.port.Locks;
import dev.revops.core.service.Aggregates;
import dev.revops.sales.id.CaseId;
import dev.revops.sales.offer.AcceptanceModel;
import dev.revops.sales.offer.CaseOffer;
import dev.revops.sales.offer.CaseOfferRule;
import dev.revops.sales.offer.Eligibility;
import dev.revops.sales.offer.EligibilityFacts;
import dev.revops.sales.offer.Holdings;
import dev.revops.sales.offer.NaiveBayesAcceptance;
import dev.revops.sales.offer.Offer;
import dev.revops.sales.offer.OfferEligibility;
import dev.revops.sales.offer.OfferExclusion;
import dev.revops.sales.offer.OfferPresentation;
import dev.revops.sales.offer.OfferPresentationId;
import dev.revops.sales.offer.OfferRanking;
import dev.revops.sales.offer.OfferStatus;
import dev.revops.sales.offer.PastOffer;
import dev.revops.sales.offer.PresentationBasis;
import dev.revops.sales.offer.RankedOffer;
import dev.revops.sales.order.Order;
import dev.revops.sales.order.OrderLine;
import dev.revops.sales.port.OfferHistory;
import dev.revops.sales.port.SubscriptionChanges;
import dev.revops.sales.servicecase.ServiceCase;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Next best offer as use cases: which offers a customer may get and in what order, presenting one
 * (directly, or after a service case resolved with a satisfied customer), and the customer's
 * answer. Each write runs in one unit of work with its event through the outbox.
 *
 * <p><b>Acceptance and fulfilment.</b> {@link #accept} first commits the acceptance ({@code
 * ACCEPTED}, with {@code OfferAccepted}) in its own unit of work, then fulfils it: a product offer
 * (cross-sell, add-on) places an order through sales' {@link OrderService} and records {@code
 * FULFILLED} in one unit of work, so the order and the fulfilment commit together or not at all; an
 * upsell asks billing through {@link SubscriptionChanges} (outside any transaction, since it is
 * another system) with the presentation's id as idempotency key, then records the result. When
 * fulfilment throws, the acceptance is <b>not</b> lost and not rolled back: the presentation stays
 * {@code ACCEPTED} (accepted, pending fulfilment) with one more failed attempt ({@code
 * OfferFulfilmentFailed}), and {@link #retryPendingFulfilments()} or a replayed {@link #accept}
 * tries again under the same key. A replayed acceptance of a fulfilled offer returns it unchanged.
 * The answer to one presentation is serialised by a lock on it, so of an acceptance and a decline
 * that race exactly one wins (the other gets {@link
 * dev.revops.core.error.IllegalTransitionException}) and the offer is fulfilled at most once.
 *
 * <p>Presenting takes a lock on the customer, so two presentations racing for one customer never
 * present the same offer twice. The acceptance model starts trained on the history ({@link
 * NaiveBayesAcceptance}); {@link #retrain()} learns again and {@link #useModel} installs another.
 * Logs carry ids only. Thread-safe when its ports are.
 */
public final class OfferService {
  private static final Logger LOG = LoggerFactory.getLogger(OfferService.class);

  private final OfferPorts ports;
  private final OfferHistory history;
  private final OrderService orders;
  private final Aggregates aggregates;
  private final Locks locks;
  private final IdGenerator ids;
  private final Clock clock;
  private final OfferSettings settings;
  private final AtomicReference<AcceptanceModel> model = new AtomicReference<>();

  /**
   * Creates the service.
   *
   * @param ports the history, holdings, subscription changes, cases and feedback
   * @param orders sales' order service, sharing {@code context}'s unit of work
   * @param context the unit of work, outbox, locks, ids and clock
   * @param settings the catalog, the case rule, the number of factors and the tax rate
   */
  public OfferService(
      OfferPorts ports, OrderService orders, SalesContext context, OfferSettings settings) {
    this.ports = requireNonNull(ports, "ports");
    this.history = ports.history();
    this.orders = requireNonNull(orders, "orders");
    requireNonNull(context, "context");
    this.aggregates = context.aggregates();
    this.locks = context.locks();
    this.ids = context.ids();
    this.clock = context.clock();
    this.settings = requireNonNull(settings, "settings");
    retrain();
  }

  /**
   * Learns the acceptance model again from every answered presentation and installs it.
   *
   * @return the new model
   */
  public AcceptanceModel retrain() {
    List<PastOffer> past = new ArrayList<>();
    for (OfferStatus s :
        List.of(
            OfferStatus.ACCEPTED,
            OfferStatus.FULFILLED,
            OfferStatus.REFUSED,
            OfferStatus.DECLINED)) {
      for (OfferPresentation p : history.findByStatus(s)) {
        p.asPastOffer().ifPresent(past::add);
      }
    }
    AcceptanceModel m = NaiveBayesAcceptance.train(past, settings.explain());
    model.set(m);
    return m;
  }

  /**
   * Installs another acceptance model (for example {@link
   * dev.revops.sales.offer.AssociationAcceptance} while there is no history).
   *
   * @param acceptance the model (never null)
   */
  public void useModel(AcceptanceModel acceptance) {
    model.set(requireNonNull(acceptance, "acceptance"));
  }

  /**
   * Returns the model in use.
   *
   * @return the model
   */
  public AcceptanceModel model() {
    return model.get();
  }

  /**
   * Tells which offers of the catalog a customer may get now, with every reason for each excluded
   * one.
   *
   * @param account the customer
   * @return one result per offer, in catalog order
   */
  public List<Eligibility> eligibility(AccountId account) {
    requireNonNull(account, "account");
    return OfferEligibility.evaluate(settings.catalog(), facts(ports.holdings().of(account)));
  }

  /**
   * Ranks the offers a customer may get by expected value.
   *
   * @param account the customer
   * @return the eligible offers, best first
   */
  public List<RankedOffer> recommend(AccountId account) {
    requireNonNull(account, "account");
    Holdings h = ports.holdings().of(account);
    return OfferRanking.rank(
        OfferEligibility.evaluate(settings.catalog(), facts(h)), model.get(), h);
  }

  /**
   * Presents the customer's best offer, if any is eligible.
   *
   * @param account the customer
   * @return the presentation, or empty when no offer is eligible
   */
  public Optional<OfferPresentation> presentBest(AccountId account) {
    requireNonNull(account, "account");
    return locks.withLock(
        accountLock(account), () -> aggregates.inTransaction(() -> presentTop(account, null)));
  }

  /**
   * Presents one offer of the catalog.
   *
   * @param account the customer
   * @param offerId the offer
   * @return the presentation
   * @throws InvalidInputException at {@code offerId} when the catalog has no such offer, or with
   *     every reason the offer is excluded
   */
  public OfferPresentation present(AccountId account, String offerId) {
    requireNonNull(account, "account");
    requireNonNull(offerId, "offerId");
    Offer offer =
        settings
            .catalog()
            .offer(offerId)
            .orElseThrow(
                () -> InvalidInputException.of("offer", "offerId", "no offer '" + offerId + "'"));
    return locks.withLock(
        accountLock(account),
        () ->
            aggregates.inTransaction(
                () -> {
                  Holdings h = ports.holdings().of(account);
                  Eligibility e = OfferEligibility.evaluate(offer, facts(h));
                  if (!e.eligible()) {
                    List<Violation> why = new ArrayList<>();
                    for (OfferExclusion x : e.exclusions()) {
                      why.add(new Violation("offerId", "not eligible: " + x));
                    }
                    throw new InvalidInputException("offer " + offerId, why);
                  }
                  List<RankedOffer> one = OfferRanking.rank(List.of(e), model.get(), h);
                  return create(h, one.get(0), null);
                }));
  }

  /**
   * Makes the top eligible offer available to the agent when a service case is resolved with a
   * satisfied customer ({@link CaseOfferRule}), once per case: asked again for the same case, it
   * returns the offer it presented then.
   *
   * @param caseId the case
   * @return the rule's decision and the presented offer, if any
   * @throws dev.revops.core.error.NotFoundException when the case does not exist
   */
  public CaseOffer offerAfterCase(CaseId caseId) {
    requireNonNull(caseId, "caseId");
    ServiceCase c = ports.cases().get(caseId);
    CaseOfferRule.Decision d =
        settings.caseRule().decide(c, ports.feedback().forAccount(c.account()));
    if (!d.triggered()) {
      return new CaseOffer(d, null, "no offer: " + d.reason());
    }
    return locks.withLock(
        accountLock(c.account()),
        () ->
            aggregates.inTransaction(
                () -> {
                  for (OfferPresentation p : history.forAccount(c.account())) {
                    if (caseId.equals(p.basis().fromCase())) {
                      return new CaseOffer(d, p, "already presented for this case");
                    }
                  }
                  Optional<OfferPresentation> p = presentTop(c.account(), caseId);
                  return p.map(x -> new CaseOffer(d, x, "presented " + x.offer().id()))
                      .orElseGet(() -> new CaseOffer(d, null, "no offer is eligible"));
                }));
  }

  /**
   * Records the customer's acceptance and fulfils it (see the class comment: a failed fulfilment
   * leaves it accepted, pending, and is retried). Replayed, it fulfils a still pending acceptance
   * and otherwise returns the presentation unchanged.
   *
   * @param id the presentation
   * @return the presentation after the attempt: {@code FULFILLED}, {@code REFUSED}, or {@code
   *     ACCEPTED} when fulfilment failed
   * @throws dev.revops.core.error.IllegalTransitionException when it was declined
   * @throws dev.revops.core.error.NotFoundException when there is no such presentation
   */
  public OfferPresentation accept(OfferPresentationId id) {
    requireNonNull(id, "id");
    return locks.withLock(
        presentationLock(id),
        () -> {
          OfferPresentation p =
              aggregates.inTransaction(
                  () -> {
                    OfferPresentation cur = history.get(id);
                    if (cur.status() != OfferStatus.PRESENTED
                        && cur.status() != OfferStatus.DECLINED) {
                      return cur; // a replay: accepted before
                    }
                    return aggregates.commit(history, cur, cur.accept(clock.instant())).value();
                  });
          return p.status() == OfferStatus.ACCEPTED ? fulfil(p) : p;
        });
  }

  /**
   * Records the customer's decline; the offer's cool-down starts now. Replayed, it returns the
   * declined presentation unchanged.
   *
   * @param id the presentation
   * @return the declined presentation
   * @throws dev.revops.core.error.IllegalTransitionException when it was accepted
   * @throws dev.revops.core.error.NotFoundException when there is no such presentation
   */
  public OfferPresentation decline(OfferPresentationId id) {
    requireNonNull(id, "id");
    return locks.withLock(
        presentationLock(id),
        () ->
            aggregates.inTransaction(
                () -> {
                  OfferPresentation cur = history.get(id);
                  if (cur.status() == OfferStatus.DECLINED) {
                    return cur;
                  }
                  return aggregates.commit(history, cur, cur.decline(clock.instant())).value();
                }));
  }

  /**
   * Tries again every accepted offer whose fulfilment is pending, each under its own lock.
   *
   * @return the presentations after the attempt
   */
  public List<OfferPresentation> retryPendingFulfilments() {
    List<OfferPresentation> out = new ArrayList<>();
    for (OfferPresentation pending : history.findByStatus(OfferStatus.ACCEPTED)) {
      out.add(
          locks.withLock(
              presentationLock(pending.id()),
              () -> {
                OfferPresentation cur = history.get(pending.id());
                return cur.status() == OfferStatus.ACCEPTED ? fulfil(cur) : cur;
              }));
    }
    return out;
  }

  /**
   * Loads a presentation.
   *
   * @param id the presentation
   * @return it, or empty
   */
  public Optional<OfferPresentation> find(OfferPresentationId id) {
    return history.find(requireNonNull(id, "id"));
  }

  /**
   * Returns a customer's presentations.
   *
   * @param account the customer
   * @return its presentations, oldest first
   */
  public List<OfferPresentation> presentationsOf(AccountId account) {
    return history.forAccount(requireNonNull(account, "account"));
  }

  private OfferPresentation fulfil(OfferPresentation accepted) {
    OfferPresentationId id = accepted.id();
    try {
      if (accepted.offer().kind().changesSubscription()) {
        SubscriptionChanges.Result r =
            ports
                .changes()
                .request(
                    new SubscriptionChanges.Request(
                        accepted.idempotencyKey(),
                        accepted.account(),
                        accepted.basis().fromPlan(),
                        accepted.offer().sells()));
        return whileAccepted(
            id,
            cur ->
                r.applied()
                    ? cur.fulfilled(r.reference(), clock.instant())
                    : cur.refused(r.reference(), clock.instant()));
      }
      return whileAccepted(
          id,
          cur -> {
            Order o =
                orders.place(
                    cur.account(),
                    List.of(
                        OrderLine.of(
                            1,
                            cur.offer().sells(),
                            1,
                            cur.offer().value().price(),
                            settings.taxRate())));
            return cur.fulfilled(o.id().value(), clock.instant());
          });
    } catch (RuntimeException e) {
      LOG.warn(
          "offer presentation {} stays accepted, fulfilment pending: {}",
          id,
          e.getClass().getSimpleName());
      return whileAccepted(id, cur -> cur.fulfilmentFailed(clock.instant()));
    }
  }

  /** Applies a change in one unit of work if the presentation is still accepted. */
  private OfferPresentation whileAccepted(
      OfferPresentationId id, Function<OfferPresentation, Changed<OfferPresentation>> change) {
    return aggregates.inTransaction(
        () -> {
          OfferPresentation cur = history.get(id);
          if (cur.status() != OfferStatus.ACCEPTED) {
            return cur;
          }
          return aggregates.commit(history, cur, change.apply(cur)).value();
        });
  }

  private Optional<OfferPresentation> presentTop(AccountId account, CaseId fromCase) {
    Holdings h = ports.holdings().of(account);
    List<RankedOffer> ranked =
        OfferRanking.rank(OfferEligibility.evaluate(settings.catalog(), facts(h)), model.get(), h);
    if (ranked.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(create(h, ranked.get(0), fromCase));
  }

  private OfferPresentation create(Holdings h, RankedOffer top, CaseId fromCase) {
    Instant now = clock.instant();
    OfferPresentation created =
        aggregates
            .create(
                history,
                OfferPresentation.present(
                    ids.next(OfferPresentationId::of),
                    h.account(),
                    top.offer(),
                    PresentationBasis.of(top, h, fromCase, now)))
            .value();
    LOG.info("offer {} presented as {}", top.offer().id(), created.id());
    return created;
  }

  private EligibilityFacts facts(Holdings h) {
    Map<String, Instant> declined = new HashMap<>();
    Set<String> open = new HashSet<>();
    for (OfferPresentation p : history.forAccount(h.account())) {
      if (p.status() == OfferStatus.DECLINED) {
        declined.merge(p.offer().id(), p.outcome().answeredAt(), (a, b) -> a.isAfter(b) ? a : b);
      } else if (p.status() == OfferStatus.PRESENTED || p.status() == OfferStatus.ACCEPTED) {
        open.add(p.offer().id());
      }
    }
    return new EligibilityFacts(h, declined, open, clock.instant());
  }

  private static String accountLock(AccountId account) {
    return "offer-account:" + account.value();
  }

  private static String presentationLock(OfferPresentationId id) {
    return "offer:" + id.value();
  }
}
