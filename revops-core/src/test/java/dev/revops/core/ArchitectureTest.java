package dev.revops.core;

import dev.revops.archrules.ModuleArchitectureContract;
import java.util.List;

/** Keeps the package and purity rules of DESIGN.md true for revops-core's main classes. */
class ArchitectureTest extends ModuleArchitectureContract {
  ArchitectureTest() {
    super(
        "dev.revops.core",
        List.of("dev.revops.core.json..", "dev.revops.core.internal.."),
        List.of(
            "dev.revops.sales..",
            "dev.revops.billing..",
            "dev.revops.collections..",
            "dev.revops.metrics.."));
  }
}
