package dev.revops.billing.service;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.billrun.InvoiceGenerator;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.invoice.TaxPolicy;
import dev.revops.core.port.IdGenerator;
import dev.revops.core.port.memory.UuidIdGenerator;
import java.util.Optional;

/**
 * How invoices are made: the catalog, the generator, the tax policy, the payment terms of new
 * invoices and the invoice ids. Start from {@link #of(Catalog)} and change what differs from the
 * defaults; each {@code withX} returns a copy. Immutable and thread-safe (if its id generator is).
 *
 * <p>Defaults: {@link InvoiceGenerator#byDay()}, no tax, {@link
 * PaymentTerms#chargeAutomatically()}, random UUID invoice and credit-note ids.
 */
public final class InvoiceSettings {
  private final Catalog catalog;
  private final InvoiceGenerator generator;
  private final TaxPolicy tax;
  private final PaymentTerms terms;
  private final IdGenerator ids;

  private InvoiceSettings(
      Catalog catalog,
      InvoiceGenerator generator,
      TaxPolicy tax,
      PaymentTerms terms,
      IdGenerator ids) {
    this.catalog = requireNonNull(catalog, "catalog");
    this.generator = requireNonNull(generator, "generator");
    this.tax = tax;
    this.terms = requireNonNull(terms, "terms");
    this.ids = requireNonNull(ids, "ids");
  }

  /**
   * The defaults for a catalog.
   *
   * @param catalog the catalog the subscriptions' plans come from (never null)
   * @return the settings
   */
  public static InvoiceSettings of(Catalog catalog) {
    return new InvoiceSettings(
        catalog,
        InvoiceGenerator.byDay(),
        null,
        PaymentTerms.chargeAutomatically(),
        new UuidIdGenerator());
  }

  /**
   * A copy with another generator (for example one that prorates by second).
   *
   * @param generator the generator (never null)
   * @return the copy
   */
  public InvoiceSettings withGenerator(InvoiceGenerator generator) {
    return new InvoiceSettings(catalog, generator, tax, terms, ids);
  }

  /**
   * A copy with a tax policy.
   *
   * @param tax the policy, or null for no tax
   * @return the copy
   */
  public InvoiceSettings withTax(TaxPolicy tax) {
    return new InvoiceSettings(catalog, generator, tax, terms, ids);
  }

  /**
   * A copy with other payment terms for new invoices.
   *
   * @param terms the terms (never null)
   * @return the copy
   */
  public InvoiceSettings withTerms(PaymentTerms terms) {
    return new InvoiceSettings(catalog, generator, tax, terms, ids);
  }

  /**
   * A copy with another generator of invoice and credit-note ids.
   *
   * @param ids the generator (never null)
   * @return the copy
   */
  public InvoiceSettings withIds(IdGenerator ids) {
    return new InvoiceSettings(catalog, generator, tax, terms, ids);
  }

  /**
   * Returns the catalog.
   *
   * @return the catalog
   */
  public Catalog catalog() {
    return catalog;
  }

  /**
   * Returns the generator.
   *
   * @return the generator
   */
  public InvoiceGenerator generator() {
    return generator;
  }

  /**
   * Returns the tax policy.
   *
   * @return the policy, or empty for no tax
   */
  public Optional<TaxPolicy> tax() {
    return Optional.ofNullable(tax);
  }

  /**
   * Returns the payment terms of new invoices.
   *
   * @return the terms
   */
  public PaymentTerms terms() {
    return terms;
  }

  /**
   * Returns the generator of invoice and credit-note ids.
   *
   * @return the id generator
   */
  public IdGenerator ids() {
    return ids;
  }
}
