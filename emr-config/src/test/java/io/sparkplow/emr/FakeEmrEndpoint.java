package io.sparkplow.emr;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A stand-in for the EMR endpoint on a free loopback port, so that no test reaches AWS. It speaks
 * EMR's protocol (awsJson1.1: {@code POST /} with {@code X-Amz-Target: ElasticMapReduce.OPERATION}),
 * records every request and answers as EMR does: success by default, or the error set with
 * {@link #failWith}. Other operations get an empty result (the AWS CLI's {@code add-steps} asks
 * {@code DescribeCluster} first and does without its answer).
 *
 * <p>A test takes one as a parameter with {@code @ExtendWith(FakeEmrEndpoint.PerTest.class)}: a
 * new endpoint for each test, stopped after it.
 */
public final class FakeEmrEndpoint implements AutoCloseable {

  public static final String CLUSTER_ID = "j-LOCALTEST";
  public static final String CLUSTER_ARN = "arn:aws:elasticmapreduce:eu-west-1:000000000000:cluster/" + CLUSTER_ID;
  public static final List<String> STEP_IDS = List.of("s-1", "s-2", "s-3");

  /** A request as received; header names are matched ignoring case. */
  public record Request(String method, String path, Map<String, List<String>> headers, String body) {

    public Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name)).flatMap(values -> values.stream().findFirst());
    }

    /** The operation from {@code X-Amz-Target}, e.g. {@code ElasticMapReduce.RunJobFlow}. */
    public String target() {
      return header("X-Amz-Target").orElse("");
    }
  }

  private record Answer(int status, String body) {
  }

  /** Gives each test that asks for one its own endpoint; JUnit closes it (AutoCloseable) after the test. */
  public static final class PerTest implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == FakeEmrEndpoint.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context.getStore(ExtensionContext.Namespace.create(FakeEmrEndpoint.class))
          .getOrComputeIfAbsent(FakeEmrEndpoint.class, key -> {
            try {
              return start();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }, FakeEmrEndpoint.class);
    }
  }

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile Optional<Answer> failure = Optional.empty();

  private FakeEmrEndpoint(HttpServer server) {
    this.server = server;
  }

  public static FakeEmrEndpoint start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    FakeEmrEndpoint endpoint = new FakeEmrEndpoint(server);
    server.createContext("/", endpoint::handle);
    server.start();
    return endpoint;
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** From now on, answer every request with an error such as EMR's {@code ValidationException}. */
  public void failWith(int status, String errorType, String message) {
    failure = Optional.of(new Answer(status,
        "{\"__type\":\"" + errorType + "\",\"message\":\"" + message + "\"}"));
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The last request for an operation, e.g. {@code ElasticMapReduce.RunJobFlow}. */
  public Optional<Request> last(String target) {
    List<Request> matching = requests.stream().filter(r -> r.target().equals(target)).toList();
    return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
  }

  private void handle(HttpExchange exchange) throws IOException {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
    Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
        headers, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    requests.add(request);
    Answer answer = failure.orElseGet(() -> success(request.target()));
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
    exchange.getResponseHeaders().add("x-amzn-RequestId", "local-request-" + requests.size());
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static Answer success(String target) {
    if (target.equals("ElasticMapReduce.RunJobFlow")) {
      return new Answer(200, "{\"JobFlowId\":\"" + CLUSTER_ID + "\",\"ClusterArn\":\"" + CLUSTER_ARN + "\"}");
    }
    if (target.equals("ElasticMapReduce.AddJobFlowSteps")) {
      return new Answer(200, "{\"StepIds\":[\"" + String.join("\",\"", STEP_IDS) + "\"]}");
    }
    return new Answer(200, "{}");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
