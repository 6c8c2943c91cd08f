package io.sparkplow.emr.config;

import static io.sparkplow.emr.config.Presence.OPTIONAL;
import static io.sparkplow.emr.config.Presence.REQUIRED;

import io.sparkplow.emr.config.ClusterSettings.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code cluster} section. */
final class ClusterReader {

  static final Set<String> KEYS = Set.of("release_label", "keep_alive", "action_on_failure",
      "instance_groups", "instance_fleets", "bootstrap_actions", "configurations", "tags");
  static final Set<String> BOOTSTRAP_KEYS = Set.of("name", "path", "args");
  static final Set<String> CONFIGURATION_KEYS = Set.of("classification", "properties", "configurations");

  /** A current EMR 7.x release (Spark 3.5.2, Java 17). */
  static final String DEFAULT_RELEASE_LABEL = "emr-7.5.0";
  /** The major EMR release the jobs are built for: Spark 3.5, Scala 2.12, Java 17. */
  static final int SUPPORTED_MAJOR = 7;
  /** EMR limits. */
  static final int MAX_BOOTSTRAP_ACTIONS = 16;
  static final int MAX_TAGS = 50;
  static final int MAX_TAG_KEY = 128;
  static final int MAX_TAG_VALUE = 256;

  private static final Pattern RELEASE_LABEL = Pattern.compile("emr-(\\d+)\\.(\\d+)\\.(\\d+)");
  private static final Pattern CLASSIFICATION = Pattern.compile("[a-z][a-z0-9.-]*");
  private static final Pattern TAG_TEXT = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

  private ClusterReader() {
  }

  static Optional<ClusterSettings> read(YamlSection s) {
    Optional<String> release = s.has("release_label") ? releaseLabel(s) : Optional.of(DEFAULT_RELEASE_LABEL);
    Optional<Boolean> keepAliveValue = s.bool("keep_alive");
    boolean keepAlive = keepAliveValue.orElse(false);
    boolean keepAliveValid = keepAliveValue.isPresent() || !s.has("keep_alive");
    Optional<ActionOnFailure> action = actionOnFailure(s, keepAlive);
    Optional<ClusterInstances> instances = InstancesReader.read(s);
    Optional<List<BootstrapAction>> bootstrap = bootstrapActions(s);
    Optional<List<ClusterConfiguration>> configurations = s.has("configurations")
        ? s.value("configurations", OPTIONAL).flatMap(v -> configurations(v, 1))
        : Optional.of(List.of());
    Optional<List<Tag>> tags = tags(s);
    if (!Values.allPresent(release, action, instances, bootstrap, configurations, tags) || !keepAliveValid) {
      return Optional.empty();
    }
    return Optional.of(new ClusterSettings(release.get(), keepAlive, action.get(), instances.get(),
        bootstrap.get(), configurations.get(), tags.get()));
  }

  private static Optional<String> releaseLabel(YamlSection s) {
    Optional<YamlValue> value = s.value("release_label", REQUIRED);
    Optional<String> label = value.flatMap(YamlValue::string);
    if (label.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = RELEASE_LABEL.matcher(label.get());
    if (!m.matches()) {
      value.get().error("expected an EMR release label such as " + DEFAULT_RELEASE_LABEL + ", got '"
          + label.get() + "'");
      return Optional.empty();
    }
    if (Integer.parseInt(m.group(1)) != SUPPORTED_MAJOR) {
      value.get().error("the jobs are built for Spark 3.5 (Scala 2.12) on Java 17, which is EMR "
          + SUPPORTED_MAJOR + ".x: use a release such as " + DEFAULT_RELEASE_LABEL + ", got '"
          + label.get() + "'");
      return Optional.empty();
    }
    return label;
  }

  private static Optional<ActionOnFailure> actionOnFailure(YamlSection s, boolean keepAlive) {
    if (!s.has("action_on_failure")) {
      // A transient cluster should not outlive a failed run; a kept-alive one waits for the next.
      return Optional.of(keepAlive ? ActionOnFailure.CANCEL_AND_WAIT : ActionOnFailure.TERMINATE_CLUSTER);
    }
    Optional<ActionOnFailure> action = Values.oneOf(s, "action_on_failure", OPTIONAL,
        List.of("TERMINATE_CLUSTER", "CANCEL_AND_WAIT", "CONTINUE")).map(ActionOnFailure::valueOf);
    if (action.isPresent() && action.get() == ActionOnFailure.CONTINUE) {
      s.value("action_on_failure", OPTIONAL).ifPresent(v -> v.warning("CONTINUE runs shred (and"
          + " load) even when enrich failed, on an incomplete run folder"));
    }
    return action;
  }

  private static Optional<List<BootstrapAction>> bootstrapActions(YamlSection s) {
    if (!s.has("bootstrap_actions")) {
      return Optional.of(List.of());
    }
    YamlValue listValue = s.value("bootstrap_actions", OPTIONAL).orElseThrow();
    Optional<List<YamlValue>> items = listValue.list();
    if (items.isEmpty()) {
      return Optional.empty();
    }
    boolean ok = true;
    if (items.get().size() > MAX_BOOTSTRAP_ACTIONS) {
      listValue.error("EMR allows at most " + MAX_BOOTSTRAP_ACTIONS + " bootstrap actions, got "
          + items.get().size());
      ok = false;
    }
    List<BootstrapAction> actions = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (YamlValue item : items.get()) {
      Optional<YamlSection> section = item.section(BOOTSTRAP_KEYS);
      if (section.isEmpty()) {
        ok = false;
        continue;
      }
      YamlSection b = section.get();
      Optional<String> name = b.string("name", REQUIRED);
      boolean unique = true;
      if (name.isPresent()) {
        Integer first = firstLine.putIfAbsent(name.get(), b.line());
        if (first != null) {
          b.value("name", REQUIRED).ifPresent(v -> v.error("duplicate bootstrap action name '"
              + name.get() + "' (first at line " + first + ")"));
          unique = false;
        }
      }
      // EMR itself fetches the script, through its own S3 client: s3:// only.
      Optional<S3Uri> path = Values.s3(b, "path", REQUIRED, S3Uri.Kind.OBJECT, Values.S3_ONLY);
      Optional<List<String>> args = b.has("args") ? b.stringList("args", OPTIONAL) : Optional.of(List.of());
      if (Values.allPresent(name, path, args) && unique) {
        actions.add(new BootstrapAction(name.get(), path.get(), args.get()));
      } else {
        ok = false;
      }
    }
    return ok ? Optional.of(List.copyOf(actions)) : Optional.empty();
  }

  /** A list of classifications; {@code depth} 1 is the top level, 2 the nested one (EMR's limit). */
  private static Optional<List<ClusterConfiguration>> configurations(YamlValue listValue, int depth) {
    Optional<List<YamlValue>> items = listValue.list();
    if (items.isEmpty()) {
      return Optional.empty();
    }
    boolean ok = true;
    List<ClusterConfiguration> result = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (YamlValue item : items.get()) {
      Optional<YamlSection> section = item.section(CONFIGURATION_KEYS);
      if (section.isEmpty()) {
        ok = false;
        continue;
      }
      YamlSection c = section.get();
      Optional<String> classification = Values.matching(c, "classification", REQUIRED, CLASSIFICATION,
          "an EMR configuration classification such as spark-defaults");
      boolean unique = true;
      if (classification.isPresent()) {
        Integer first = firstLine.putIfAbsent(classification.get(), item.line());
        if (first != null) {
          c.value("classification", REQUIRED).ifPresent(v -> v.error("duplicate classification '"
              + classification.get() + "' (first at line " + first + "): merge its properties"));
          unique = false;
        }
      }
      Optional<TreeMap<String, String>> properties = c.has("properties")
          ? c.value("properties", OPTIONAL).flatMap(ClusterReader::properties) : Optional.of(new TreeMap<>());
      Optional<List<ClusterConfiguration>> nested = Optional.of(List.of());
      if (c.has("configurations")) {
        if (depth >= 2) {
          c.value("configurations", OPTIONAL).ifPresent(v ->
              v.error("EMR nests configurations one level deep only"));
          nested = Optional.empty();
        } else {
          nested = c.value("configurations", OPTIONAL).flatMap(v -> configurations(v, depth + 1));
        }
      }
      if (!c.has("properties") && !c.has("configurations")) {
        c.error("needs properties or configurations");
        ok = false;
      }
      if (Values.allPresent(classification, properties, nested) && unique) {
        result.add(new ClusterConfiguration(classification.get(),
            java.util.Collections.unmodifiableSortedMap(properties.get()), nested.get(), c.origin()));
      } else {
        ok = false;
      }
    }
    return ok ? Optional.of(List.copyOf(result)) : Optional.empty();
  }

  private static Optional<TreeMap<String, String>> properties(YamlValue value) {
    Optional<YamlSection> map = value.freeSection();
    if (map.isEmpty()) {
      return Optional.empty();
    }
    TreeMap<String, String> properties = new TreeMap<>();
    boolean ok = true;
    for (Map.Entry<String, YamlValue> entry : map.get().entries()) {
      Optional<String> text = entry.getValue().string();
      ok &= text.isPresent();
      text.ifPresent(t -> properties.put(entry.getKey(), t));
    }
    return ok ? Optional.of(properties) : Optional.empty();
  }

  private static Optional<List<Tag>> tags(YamlSection s) {
    if (!s.has("tags")) {
      return Optional.of(List.of());
    }
    YamlValue tagsValue = s.value("tags", OPTIONAL).orElseThrow();
    Optional<YamlSection> map = tagsValue.freeSection();
    if (map.isEmpty()) {
      return Optional.empty();
    }
    List<Map.Entry<String, YamlValue>> entries = map.get().entries();
    boolean ok = true;
    if (entries.size() > MAX_TAGS) {
      tagsValue.error("EMR allows at most " + MAX_TAGS + " tags, got " + entries.size());
      ok = false;
    }
    List<Tag> tags = new ArrayList<>();
    for (Map.Entry<String, YamlValue> entry : entries) {
      String key = entry.getKey();
      YamlValue value = entry.getValue();
      Optional<String> text = value.string();
      if (key.length() > MAX_TAG_KEY || !TAG_TEXT.matcher(key).matches() || key.startsWith("aws:")) {
        value.error("a tag key has at most " + MAX_TAG_KEY + " letters, digits, spaces and _.:/=+-@"
            + " and does not start with aws:");
        ok = false;
      } else if (text.isPresent()
          && (text.get().length() > MAX_TAG_VALUE || !TAG_TEXT.matcher(text.get()).matches())) {
        value.error("a tag value has at most " + MAX_TAG_VALUE + " letters, digits, spaces and _.:/=+-@");
        ok = false;
      } else if (text.isPresent()) {
        tags.add(new Tag(key, text.get()));
      } else {
        ok = false;
      }
    }
    return ok ? Optional.of(List.copyOf(tags)) : Optional.empty();
  }
}
