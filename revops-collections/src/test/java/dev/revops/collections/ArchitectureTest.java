package dev.revops.collections;

import dev.revops.archrules.ModuleArchitectureContract;
import java.util.List;

/** Keeps the package and purity rules of DESIGN.md true for revops-collections' main classes. */
class ArchitectureTest extends ModuleArchitectureContract {
  ArchitectureTest() {
    super(
        "dev.revops.collections",
        List.of(),
        List.of("dev.revops.billing..", "dev.revops.metrics.."));
  }
}
