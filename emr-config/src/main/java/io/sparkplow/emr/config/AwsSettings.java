package io.sparkplow.emr.config;

import java.util.List;
import java.util.Optional;

/**
 * The account-side settings: where the cluster runs, its roles and EC2 placement.
 *
 * @param serviceRole the EMR service role (RunJobFlow {@code ServiceRole})
 * @param instanceProfile the EC2 instance profile of the nodes (RunJobFlow {@code JobFlowRole})
 * @param ec2SubnetIds none (EMR's default VPC), one, or several (instance fleets only, where EMR
 *     picks the best one)
 */
public record AwsSettings(String region, S3Uri logUri, String serviceRole, String instanceProfile,
    Optional<String> ec2KeyName, List<String> ec2SubnetIds) {
}
