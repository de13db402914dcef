package dev.revops.benchmarks.statemachine;

import static dev.revops.benchmarks.statemachine.InvoiceStatus.DRAFT;

import com.github.oxo42.stateless4j.StateMachineConfig;
import dev.revops.benchmarks.Heap;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import reactor.core.publisher.Mono;

/**
 * Memory per machine definition and per machine instance, measured as the heap retained by many of
 * them: used heap after a full GC with the objects alive, minus used heap before they were made,
 * divided by their number. Run it with {@code java -cp benchmarks.jar
 * dev.revops.benchmarks.statemachine.StateMachineFootprint [scale]}; it prints a Markdown table.
 *
 * <p>A definition is counted ready to use: for Spring and squirrel, which finish building lazily,
 * one instance is made from it and dropped first. An instance is counted as an invoice in flight:
 * made from a shared definition, started, and moved once (FINALIZE). revops and the switch have no
 * instance: the state is one field of the caller's aggregate.
 *
 * <p>Not thread-safe: it calls {@link System#gc()} and reads the whole heap; run it alone.
 */
public final class StateMachineFootprint {
  private StateMachineFootprint() {}

  /**
   * One engine's footprint.
   *
   * @param engine the engine
   * @param bytesPerDefinition retained bytes per definition
   * @param bytesPerInstance retained bytes per instance; 0 when the engine has no instance
   * @param definitions how many definitions were measured
   * @param instances how many instances were measured; 0 when not applicable
   */
  public record Footprint(
      String engine,
      long bytesPerDefinition,
      long bytesPerInstance,
      int definitions,
      int instances) {}

  /**
   * Measures every engine.
   *
   * @param scale multiplies the number of objects made (1 for the README figures; less is faster
   *     and noisier)
   * @return one footprint per engine, revops first
   */
  public static List<Footprint> measure(double scale) {
    List<Footprint> result = new ArrayList<>();
    int small = Math.max(20, (int) (500 * scale));
    int large = Math.max(200, (int) (20_000 * scale));
    int many = Math.max(1000, (int) (100_000 * scale));

    result.add(
        new Footprint("revops", bytesPer(large, i -> InvoiceMachines.revops()), 0, large, 0));

    StateMachineConfig<InvoiceStatus, InvoiceEvent> config = InvoiceMachines.stateless4j();
    result.add(
        new Footprint(
            "stateless4j",
            bytesPer(large, i -> InvoiceMachines.stateless4j()),
            bytesPer(
                many,
                i -> {
                  var m = new com.github.oxo42.stateless4j.StateMachine<>(DRAFT, config);
                  m.fire(InvoiceEvent.FINALIZE);
                  return m;
                }),
            large,
            many));

    var squirrelBuilder = InvoiceMachines.squirrel();
    result.add(
        new Footprint(
            "squirrel-foundation",
            bytesPer(
                small,
                i -> {
                  var b = InvoiceMachines.squirrel();
                  b.newStateMachine(DRAFT);
                  return b;
                }),
            bytesPer(
                large / 2,
                i -> {
                  SquirrelInvoiceMachine m = squirrelBuilder.newStateMachine(DRAFT);
                  m.fire(InvoiceEvent.FINALIZE);
                  return m;
                }),
            small,
            large / 2));

    StateMachineFactory<InvoiceStatus, InvoiceEvent> factory = InvoiceMachines.spring();
    result.add(
        new Footprint(
            "Spring Statemachine",
            bytesPer(
                small,
                i -> {
                  var f = InvoiceMachines.spring();
                  f.getStateMachine();
                  return f;
                }),
            bytesPer(
                small * 4,
                i -> {
                  var m = factory.getStateMachine();
                  m.startReactively().block();
                  m.sendEvent(Mono.just(MessageBuilder.withPayload(InvoiceEvent.FINALIZE).build()))
                      .blockLast();
                  return m;
                }),
            small,
            small * 4));
    return result;
  }

  private static long bytesPer(int count, IntFunction<Object> make) {
    Object warm = make.apply(-1);
    Object[] keep = new Object[count];
    long before = Heap.usedAfterGc();
    for (int i = 0; i < count; i++) {
      keep[i] = make.apply(i);
    }
    long after = Heap.usedAfterGc();
    Reference.reachabilityFence(keep);
    Reference.reachabilityFence(warm);
    return Math.max(0, Math.round((after - before) / (double) count));
  }

  /**
   * Prints the footprints as a Markdown table.
   *
   * @param args an optional scale, default 1
   */
  public static void main(String[] args) {
    double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1;
    List<Footprint> rows = measure(scale);
    System.out.println(
        "| engine | bytes per definition | bytes per instance | definitions | instances |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (Footprint f : rows) {
      System.out.printf(
          "| %s | %,d | %s | %,d | %s |%n",
          f.engine(),
          f.bytesPerDefinition(),
          f.instances() == 0
              ? "0 (state is a field of the caller)"
              : String.format("%,d", f.bytesPerInstance()),
          f.definitions(),
          f.instances() == 0 ? "-" : String.format("%,d", f.instances()));
    }
  }
}
