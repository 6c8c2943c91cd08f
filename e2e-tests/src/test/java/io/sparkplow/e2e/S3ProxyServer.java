package io.sparkplow.e2e;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real S3-compatible server for tests: S3Proxy 4.1 with its filesystem (nio2) backend, run as
 * its own process on a free loopback port, storing buckets under a temporary folder.
 */
public final class S3ProxyServer implements AutoCloseable {

  public static final String ACCESS_KEY = "sparkplow-test";
  public static final String SECRET_KEY = "sparkplow-test-secret";

  private final Path baseDir;
  private final int port;
  private volatile Process process;

  private S3ProxyServer(Path baseDir, int port) {
    this.baseDir = baseDir;
    this.port = port;
  }

  /** Starts a server and waits until it answers. */
  public static S3ProxyServer start() {
    try {
      String jar = System.getProperty("s3proxy.jar", "target/s3proxy/s3proxy.jar");
      if (!Files.isRegularFile(Paths.get(jar))) {
        throw new IllegalStateException("S3Proxy jar not found at " + jar + " (built by the e2e-tests module)");
      }
      Path base = Files.createTempDirectory("s3proxy-");
      Path data = Files.createDirectories(base.resolve("data"));
      int port = freePort();
      Path properties = base.resolve("s3proxy.properties");
      Files.writeString(properties, String.join("\n",
          "s3proxy.endpoint=http://127.0.0.1:" + port,
          "s3proxy.authorization=aws-v2-or-v4",
          "s3proxy.identity=" + ACCESS_KEY,
          "s3proxy.credential=" + SECRET_KEY,
          "jclouds.provider=filesystem-nio2",
          "jclouds.identity=" + ACCESS_KEY,
          "jclouds.credential=" + SECRET_KEY,
          "jclouds.filesystem.basedir=" + data) + "\n");
      S3ProxyServer server = new S3ProxyServer(base, port);
      server.launch();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts the server again after {@link #stop()}, on the same port and data folder: what was
   * stored before the stop (objects, pending multipart uploads) is served again.
   */
  public void restart() {
    if (process.isAlive()) {
      throw new IllegalStateException("S3Proxy is running; stop it first");
    }
    try {
      launch();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void launch() throws IOException {
    String jar = System.getProperty("s3proxy.jar", "target/s3proxy/s3proxy.jar");
    process = new ProcessBuilder(javaBin(), "-Xmx512m", "-jar", jar,
        "--properties", baseDir.resolve("s3proxy.properties").toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(baseDir.resolve("s3proxy.log").toFile()))
        .start();
    awaitReady(Duration.ofSeconds(60));
  }

  public int port() {
    return port;
  }

  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  /** The S3A settings that point Hadoop at this server, as {@code spark.hadoop.*} properties. */
  public List<String[]> sparkHadoopSettings() {
    return List.of(
        new String[] {"spark.hadoop.fs.s3a.endpoint", endpoint()},
        new String[] {"spark.hadoop.fs.s3a.endpoint.region", "us-east-1"},
        new String[] {"spark.hadoop.fs.s3a.path.style.access", "true"},
        new String[] {"spark.hadoop.fs.s3a.connection.ssl.enabled", "false"},
        new String[] {"spark.hadoop.fs.s3a.access.key", ACCESS_KEY},
        new String[] {"spark.hadoop.fs.s3a.secret.key", SECRET_KEY},
        new String[] {"spark.hadoop.fs.s3a.aws.credentials.provider",
            "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider"},
        new String[] {"spark.hadoop.fs.s3a.change.detection.mode", "none"},
        // A stopped server must fail a run in seconds, not after minutes of retries.
        new String[] {"spark.hadoop.fs.s3a.attempts.maximum", "1"},
        new String[] {"spark.hadoop.fs.s3a.retry.limit", "1"},
        new String[] {"spark.hadoop.fs.s3a.retry.interval", "100ms"},
        new String[] {"spark.hadoop.fs.s3a.connection.establish.timeout", "2000"},
        new String[] {"spark.hadoop.fs.s3a.connection.timeout", "10000"});
  }

  /** Creates a bucket. */
  public void createBucket(String bucket) {
    client().createBucket(bucket);
  }

  /** An S3 client of this server (AWS SDK v1, the one hadoop-aws 3.3 uses). */
  public AmazonS3 client() {
    return AmazonS3ClientBuilder.standard()
        .withEndpointConfiguration(new AwsClientBuilder.EndpointConfiguration(endpoint(), "us-east-1"))
        .withPathStyleAccessEnabled(true)
        .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials(ACCESS_KEY, SECRET_KEY)))
        .build();
  }

  /** The folder of a bucket on disk (S3Proxy's filesystem backend stores objects as files). */
  public Path bucketDir(String bucket) {
    return baseDir.resolve("data").resolve(bucket);
  }

  /** Stops the server (its process ends), keeping its data for {@link #restart()}. */
  public void stop() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
    try (Stream<Path> files = Files.walk(baseDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp folder is harmless
    }
  }

  private void awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("S3Proxy exited: see " + baseDir.resolve("s3proxy.log"));
      }
      try {
        HttpURLConnection c = (HttpURLConnection) URI.create(endpoint() + "/").toURL().openConnection();
        c.setConnectTimeout(500);
        c.getResponseCode();
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
    throw new IllegalStateException("S3Proxy did not start within " + timeout);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static String javaBin() {
    return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
  }
}
