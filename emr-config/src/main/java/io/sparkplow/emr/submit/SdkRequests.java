package io.sparkplow.emr.submit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import software.amazon.awssdk.services.emr.model.AddJobFlowStepsRequest;
import software.amazon.awssdk.services.emr.model.RunJobFlowRequest;

/**
 * The rendered JSON requests as the SDK's request objects. Jackson fills the SDK model's
 * serializable builders, whose setters are named after the API members ({@code setReleaseLabel},
 * {@code setInstances(JobFlowInstancesConfig.BuilderImpl)}, ...), so no hand-written mapping can
 * drift from the renderers. Strict on purpose: a member the SDK does not know, or a value of the
 * wrong JSON type, is an error rather than silently dropped or coerced.
 */
public final class SdkRequests {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      // setSizeInGB -> sizeInGB -> SizeInGB: Jackson's bean names back to the API's member names
      .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .build();

  private SdkRequests() {
  }

  public static RunJobFlowRequest runJobFlow(JsonNode body) {
    return convert(body, RunJobFlowRequest.serializableBuilderClass(), "RunJobFlow").build();
  }

  public static AddJobFlowStepsRequest addJobFlowSteps(JsonNode body) {
    return convert(body, AddJobFlowStepsRequest.serializableBuilderClass(), "AddJobFlowSteps").build();
  }

  private static <B> B convert(JsonNode body, Class<B> builderClass, String operation) {
    try {
      return MAPPER.treeToValue(body, builderClass);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new UnconvertibleRequestException(operation, e);
    }
  }
}
