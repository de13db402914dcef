package dev.revops.jdbc;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The revops schema's migrations, as Flyway reads them. The files are in the jar under {@code
 * dev/revops/jdbc/migration}: {@code common/} for both databases and one folder per {@link
 * Dialect}; a host that runs its own migration tool takes the same files (PostgreSQL: {@code
 * postgresql/} then {@code common/}, in version order). They are served from this module's own
 * resources, so Flyway needs no class-path scanning (which the module system would hide).
 */
final class Migrations implements ResourceProvider {
  /** Every migration file, per folder; {@code MigrationsTest} checks the list against the jar. */
  static final List<String> COMMON =
      List.of(
          "V1__kernel.sql",
          "V2__billing.sql",
          "V3__sales.sql",
          "V4__collections.sql",
          "V5__campaigns.sql",
          "V6__growth.sql",
          "V7__lead_versions.sql");

  /** The dialect folders' files. */
  static final List<String> PER_DIALECT = List.of("V0_1__types.sql");

  /** The newest version this code ships. */
  static final String LATEST = "7";

  private static final String ROOT = "/dev/revops/jdbc/migration/";

  private final List<LoadableResource> resources = new ArrayList<>();

  Migrations(Dialect dialect) {
    for (String f : PER_DIALECT) {
      resources.add(new File(dialect.migrationFolder() + "/" + f, f));
    }
    for (String f : COMMON) {
      resources.add(new File("common/" + f, f));
    }
  }

  @Override
  public LoadableResource getResource(String name) {
    for (LoadableResource r : resources) {
      if (r.getFilename().equals(name) || r.getRelativePath().equals(name)) {
        return r;
      }
    }
    return null;
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    List<LoadableResource> out = new ArrayList<>();
    for (LoadableResource r : resources) {
      if (!r.getFilename().startsWith(prefix)) {
        continue;
      }
      for (String suffix : suffixes) {
        if (r.getFilename().endsWith(suffix)) {
          out.add(r);
          break;
        }
      }
    }
    return out;
  }

  /** One SQL file of this module's resources. */
  private static final class File extends LoadableResource {
    private final String relative;
    private final String name;

    File(String relative, String name) {
      this.relative = relative;
      this.name = name;
    }

    @Override
    public Reader read() {
      InputStream in = Migrations.class.getResourceAsStream(ROOT + relative);
      if (in == null) {
        throw new UncheckedIOException(
            new java.io.FileNotFoundException("missing migration " + ROOT + relative));
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    @Override
    public String getAbsolutePath() {
      return ROOT + relative;
    }

    @Override
    public String getAbsolutePathOnDisk() {
      return ROOT + relative;
    }

    @Override
    public String getFilename() {
      return name;
    }

    @Override
    public String getRelativePath() {
      return relative;
    }
  }
}
