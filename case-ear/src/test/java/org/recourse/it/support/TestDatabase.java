package org.recourse.it.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The database one test run uses, always new: an H2 file under target/ (deleted before the run), or
 * a PostgreSQL database created with a random name and dropped afterwards, so a test run never
 * touches a database somebody else uses.
 */
abstract class TestDatabase {

  abstract String serverArguments();

  abstract void drop();

  /** A connection of the test's own to the application's database (to tamper with it). */
  abstract Connection connect() throws SQLException;

  static TestDatabase create(String kind, Path dataDir) {
    return switch (kind) {
      case "h2" -> new H2(dataDir);
      case "postgresql" -> PostgreSql.create();
      default -> throw new IllegalArgumentException("Unknown test database kind " + kind);
    };
  }

  private static final class H2 extends TestDatabase {
    private final Path dataDir;

    H2(Path dataDir) {
      this.dataDir = dataDir;
    }

    /** AUTO_SERVER lets the test open the file while the server has it open. */
    private String url() {
      return "jdbc:h2:file:"
          + dataDir.toAbsolutePath().resolve("db").resolve("recourse")
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    }

    @Override
    String serverArguments() {
      return "-Drecourse.db.kind=h2 -Drecourse.db.url=" + url();
    }

    @Override
    Connection connect() throws SQLException {
      return DriverManager.getConnection(url(), "sa", "sa");
    }

    @Override
    void drop() {
      // The file lives under target/ and is deleted before the next run.
    }
  }

  private static final class PostgreSql extends TestDatabase {
    private final String host = System.getProperty("recourse.it.pg.host", "127.0.0.1");
    private final String port = System.getProperty("recourse.it.pg.port", "5432");
    private final String user = System.getProperty("recourse.it.pg.user", "postgres");
    private final String password = System.getProperty("recourse.it.pg.password", "postgres");
    private final String name;

    private PostgreSql(String name) {
      this.name = name;
    }

    static PostgreSql create() {
      String name =
          "recourse_it_"
              + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
              + "_"
              + ThreadLocalRandom.current().nextInt(1000, 10000);
      PostgreSql database = new PostgreSql(name);
      database.execute("CREATE DATABASE " + name);
      return database;
    }

    @Override
    String serverArguments() {
      return String.join(
          " ",
          "-Drecourse.db.kind=postgresql",
          "-Drecourse.db.url=jdbc:postgresql://" + host + ":" + port + "/" + name,
          "-Drecourse.db.user=" + user,
          "-Drecourse.db.password=" + password);
    }

    @Override
    void drop() {
      execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    @Override
    Connection connect() throws SQLException {
      return DriverManager.getConnection(
          "jdbc:postgresql://" + host + ":" + port + "/" + name, user, password);
    }

    private void execute(String sql) {
      String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
      try (Connection connection = DriverManager.getConnection(url, user, password);
          Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(
            "PostgreSQL at " + host + ":" + port + " (user " + user + "): " + e.getMessage(), e);
      }
    }
  }
}
