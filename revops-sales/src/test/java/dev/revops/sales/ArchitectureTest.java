package dev.revops.sales;

import dev.revops.archrules.ModuleArchitectureContract;
import java.util.List;

/** Keeps the package and purity rules of DESIGN.md true for revops-sales' main classes. */
class ArchitectureTest extends ModuleArchitectureContract {
  ArchitectureTest() {
    super(
        "dev.revops.sales",
        List.of("dev.revops.sales.internal.."),
        List.of("dev.revops.billing..", "dev.revops.collections..", "dev.revops.metrics.."));
  }
}
