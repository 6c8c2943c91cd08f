package io.sparkplow.enrich.yauaa;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the context schema {@code nl.basjes/yauaa_context/jsonschema/1-0-0} allows: its properties
 * (the camelCase of YAUAA's field names), the values of its enumerated properties and the maximum
 * lengths of its bounded ones. The enrichment writes only what this schema accepts, so that its
 * context validates although YAUAA 8 knows more fields and values than the schema of 2019.
 */
final class YauaaContextSchema {

  static final String URI = "iglu:nl.basjes/yauaa_context/jsonschema/1-0-0";

  /** The YAUAA fields the schema has a property for (YAUAA's own capitalized names). */
  static final List<String> FIELDS = List.of("DeviceClass", "DeviceName", "DeviceBrand", "DeviceCpu", "DeviceCpuBits",
      "DeviceFirmwareVersion", "DeviceVersion", "OperatingSystemClass", "OperatingSystemName",
      "OperatingSystemVersion", "OperatingSystemNameVersion", "OperatingSystemVersionBuild", "LayoutEngineClass",
      "LayoutEngineName", "LayoutEngineVersion", "LayoutEngineVersionMajor", "LayoutEngineNameVersion",
      "LayoutEngineNameVersionMajor", "LayoutEngineBuild", "AgentClass", "AgentName", "AgentVersion",
      "AgentVersionMajor", "AgentNameVersion", "AgentNameVersionMajor", "AgentBuild", "AgentLanguage",
      "AgentLanguageCode", "AgentInformationEmail", "AgentInformationUrl", "AgentSecurity", "AgentUuid",
      "WebviewAppName", "WebviewAppVersion", "WebviewAppVersionMajor", "WebviewAppNameVersionMajor",
      "FacebookCarrier", "FacebookDeviceClass", "FacebookDeviceName", "FacebookDeviceVersion", "FacebookFBOP",
      "FacebookFBSS", "FacebookOperatingSystemName", "FacebookOperatingSystemVersion", "HackerAttackVector",
      "HackerToolkit", "KoboAffiliate", "KoboPlatformId", "IECompatibilityVersion", "IECompatibilityVersionMajor",
      "IECompatibilityNameVersion", "IECompatibilityNameVersionMajor", "Carrier", "GSAInstallationID",
      "NetworkType");

  static final Set<String> FIELD_SET = Set.copyOf(FIELDS);

  /** Enumerated properties; every enumeration has {@code Unknown}, used for a value it lacks. */
  static final Map<String, Set<String>> ENUMS = Map.of(
      "deviceClass", Set.of("Desktop", "Anonymized", "Unknown", "UNKNOWN", "Mobile", "Tablet", "Phone", "Watch",
          "Virtual Reality", "eReader", "Set-top box", "TV", "Game Console", "Handheld Game Console", "Voice", "Robot",
          "Robot Mobile", "Spy", "Hacker"),
      "operatingSystemClass", Set.of("Desktop", "Mobile", "Cloud", "Embedded", "Game Console", "Hacker", "Anonymized",
          "Unknown"),
      "layoutEngineClass", Set.of("Browser", "Mobile App", "Hacker", "Robot", "Unknown"),
      "agentClass", Set.of("Browser", "Browser Webview", "Mobile App", "Robot", "Robot Mobile", "Cloud Application",
          "Email Client", "Voice", "Special", "Testclient", "Hacker", "Unknown"),
      "agentSecurity", Set.of("Weak security", "Strong security", "Unknown", "Hacker"));

  /** Bounded properties and their maximum lengths. */
  static final Map<String, Integer> MAX_LENGTHS = Map.ofEntries(
      Map.entry("deviceName", 100), Map.entry("deviceBrand", 50), Map.entry("deviceCpu", 50),
      Map.entry("deviceCpuBits", 20), Map.entry("deviceFirmwareVersion", 100), Map.entry("deviceVersion", 100),
      Map.entry("operatingSystemName", 100), Map.entry("operatingSystemVersion", 50),
      Map.entry("operatingSystemNameVersion", 150), Map.entry("operatingSystemVersionBuild", 100),
      Map.entry("layoutEngineName", 100), Map.entry("layoutEngineVersion", 50),
      Map.entry("layoutEngineVersionMajor", 20), Map.entry("layoutEngineNameVersion", 150),
      Map.entry("layoutEngineNameVersionMajor", 120), Map.entry("layoutEngineBuild", 100),
      Map.entry("agentName", 100), Map.entry("agentVersion", 100), Map.entry("agentVersionMajor", 20),
      Map.entry("agentNameVersion", 200), Map.entry("agentNameVersionMajor", 120), Map.entry("agentBuild", 100),
      Map.entry("agentLanguage", 50), Map.entry("agentLanguageCode", 20), Map.entry("webviewAppVersionMajor", 50),
      Map.entry("webviewAppNameVersionMajor", 50), Map.entry("facebookDeviceClass", 1024),
      Map.entry("facebookDeviceName", 1024), Map.entry("iECompatibilityVersion", 100),
      Map.entry("iECompatibilityVersionMajor", 50), Map.entry("iECompatibilityNameVersion", 50),
      Map.entry("iECompatibilityNameVersionMajor", 70));

  private YauaaContextSchema() {}

  /** {@code DeviceClass} → {@code deviceClass}, {@code IECompatibilityVersion} → {@code iECompatibilityVersion}. */
  static String propertyName(String yauaaField) {
    return Character.toLowerCase(yauaaField.charAt(0)) + yauaaField.substring(1);
  }

  /** The value as the schema accepts it: an unknown enumerated value becomes {@code Unknown}; a long one is cut. */
  static String conform(String property, String value) {
    Set<String> allowed = ENUMS.get(property);
    if (allowed != null) {
      return allowed.contains(value) ? value : "Unknown";
    }
    Integer max = MAX_LENGTHS.get(property);
    return max != null && value.length() > max ? value.substring(0, max) : value;
  }
}
