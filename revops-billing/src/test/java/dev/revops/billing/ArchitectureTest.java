package dev.revops.billing;

import dev.revops.archrules.ArchitectureRules;
import dev.revops.archrules.ModuleArchitectureContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the package and purity rules of DESIGN.md true for revops-billing's main classes. */
class ArchitectureTest extends ModuleArchitectureContract {
  ArchitectureTest() {
    super(
        "dev.revops.billing",
        List.of("dev.revops.billing.internal.."),
        List.of("dev.revops.collections..", "dev.revops.metrics.."));
  }

  @Test
  void nothingStartsThreads() {
    ArchitectureRules.printNothing()
        .orShould()
        .callConstructor(Thread.class)
        .orShould()
        .callMethod(java.util.concurrent.Executors.class, "newFixedThreadPool", int.class)
        .because("the library runs on the caller's executor")
        .check(classes);
  }
}
