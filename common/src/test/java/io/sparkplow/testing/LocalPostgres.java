package io.sparkplow.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL server for tests: a new cluster in a temporary directory, listening on a
 * free loopback port, with a password-protected superuser and an empty database. Uses Debian's
 * server binaries ({@code /usr/lib/postgresql/VERSION/bin}, package {@code postgresql}); when
 * running as root, the server runs as the {@code postgres} system user (PostgreSQL refuses root),
 * through {@code runuser}.
 *
 * <pre>{@code
 * try (LocalPostgres pg = LocalPostgres.startOrSkip()) {
 *   try (Connection c = pg.connect()) { ... }
 * }
 * }</pre>
 */
public final class LocalPostgres implements AutoCloseable {

  /** The superuser and database created in the cluster. */
  public static final String USER = "sparkplow";
  public static final String DATABASE = "sparkplow_test";

  private static final Path DEBIAN_ROOT = Path.of("/usr/lib/postgresql");
  private static final String SERVICE_USER = "postgres";

  private final Path bin;
  private final Path dir;
  private final int port;
  private final String password;
  private final boolean asServiceUser;
  private final Thread shutdownHook;
  private boolean stopped;

  private LocalPostgres(Path bin, Path dir, int port, String password, boolean asServiceUser) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.password = password;
    this.asServiceUser = asServiceUser;
    this.shutdownHook = new Thread(this::stopQuietly, "local-postgres-stop");
  }

  /** The newest {@code bin} folder holding {@code initdb} and {@code pg_ctl}, if PostgreSQL is installed. */
  public static Optional<Path> findBinaries() {
    if (!Files.isDirectory(DEBIAN_ROOT)) {
      return Optional.empty();
    }
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> versions = Files.newDirectoryStream(DEBIAN_ROOT)) {
      for (Path v : versions) {
        Path b = v.resolve("bin");
        if (Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl"))) {
          found.add(b);
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return found.stream().max(Comparator.comparingInt(LocalPostgres::majorVersion));
  }

  private static int majorVersion(Path bin) {
    try {
      return Integer.parseInt(bin.getParent().getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * Starts a server, or skips the calling test (a JUnit assumption) when no PostgreSQL server
   * binaries are installed.
   */
  public static LocalPostgres startOrSkip() throws IOException {
    Optional<Path> bin = findBinaries();
    Assumptions.assumeTrue(bin.isPresent(), "PostgreSQL server binaries not found under " + DEBIAN_ROOT
        + " (install them with: apt-get install -y postgresql)");
    return start(bin.get());
  }

  /** Creates and starts a cluster with the binaries in {@code bin}. */
  public static LocalPostgres start(Path bin) throws IOException {
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("sparkplow-pg-");
    String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    Path pwfile = dir.resolve("pwfile");
    Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
    if (root) {
      chownRecursively(dir, SERVICE_USER);
    }
    LocalPostgres pg = new LocalPostgres(bin, dir, freePort(), password, root);
    try {
      pg.run(60, bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER,
          "--pwfile=" + pwfile, "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync");
      Runtime.getRuntime().addShutdownHook(pg.shutdownHook);
      pg.run(90, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
          dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
          "-p " + pg.port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + dir
              + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start");
      try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.properties());
           Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + DATABASE);
      }
      return pg;
    } catch (IOException | SQLException | RuntimeException e) {
      String log = "";
      try {
        log = Files.readString(dir.resolve("server.log"));
      } catch (IOException ignored) {
        // no server log yet
      }
      pg.close();
      throw new IOException("could not start PostgreSQL from " + bin + ": " + e.getMessage()
          + (log.isEmpty() ? "" : "\nserver log:\n" + log), e);
    }
  }

  public String host() {
    return "127.0.0.1";
  }

  public int port() {
    return port;
  }

  public String user() {
    return USER;
  }

  public String password() {
    return password;
  }

  public String database() {
    return DATABASE;
  }

  /** {@code jdbc:postgresql://127.0.0.1:PORT/sparkplow_test}. */
  public String jdbcUrl() {
    return jdbcUrl(DATABASE);
  }

  private String jdbcUrl(String database) {
    return "jdbc:postgresql://" + host() + ":" + port + "/" + database;
  }

  private Properties properties() {
    Properties p = new Properties();
    p.setProperty("user", USER);
    p.setProperty("password", password);
    return p;
  }

  /** A new connection to the test database as the superuser. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), properties());
  }

  /** Runs SQL statements (DDL, inserts) in the test database. */
  public void execute(String... statements) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  /** Stops the server and deletes the cluster. */
  @Override
  public synchronized void close() {
    stopQuietly();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException | IllegalArgumentException alreadyShuttingDownOrNotAdded) {
      // nothing to remove
    }
  }

  private synchronized void stopQuietly() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      if (Files.exists(dir.resolve("data").resolve("postmaster.pid"))) {
        run(60, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w",
            "stop");
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("LocalPostgres: stopping the server failed: " + e.getMessage());
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("LocalPostgres: could not delete " + dir + ": " + e.getMessage());
    }
  }

  /** Runs a server command (as the service user when we are root), failing with its output. */
  private void run(int timeoutSeconds, String... command) throws IOException {
    List<String> cmd = new ArrayList<>();
    if (asServiceUser) {
      cmd.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
    }
    cmd.addAll(List.of(command));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("command.log").toFile()).start();
    try {
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IOException("interrupted while running " + command[0], e);
    }
    if (p.exitValue() != 0) {
      String out = Files.exists(dir.resolve("command.log")) ? Files.readString(dir.resolve("command.log")) : "";
      throw new IOException(Path.of(command[0]).getFileName() + " exited with " + p.exitValue() + ": " + out.strip());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void chownRecursively(Path dir, String userName) throws IOException {
    UserPrincipalLookupService lookup = dir.getFileSystem().getUserPrincipalLookupService();
    UserPrincipal user = lookup.lookupPrincipalByName(userName);
    GroupPrincipal group = lookup.lookupPrincipalByGroupName(userName);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
        view.setOwner(user);
        view.setGroup(group);
      }
    }
  }
}
