#!/usr/bin/env bash
# sparkplow run=2024-05-01-12-00-00 on a new EMR cluster.
# Rendered by emr-config from fleets.yml; do not edit, render again.
#   raw input: s3://example-raw/tomcat
#   enriched:  s3://example-data/enriched/run=2024-05-01-12-00-00
#   shredded:  s3://example-data/shredded/run=2024-05-01-12-00-00
# The cluster stays up after its steps (keep_alive: true): terminate it when done.
# Prints the new cluster's id; watch it with: aws emr list-steps --cluster-id ID
set -euo pipefail

aws emr create-cluster \
  --region us-east-1 \
  --name 'sparkplow-fleets run=2024-05-01-12-00-00' \
  --release-label emr-7.2.0 \
  --applications Name=Spark \
  --log-uri s3://example-logs/emr \
  --service-role arn:aws:iam::123456789012:role/EMR_DefaultRole_V2 \
  --ec2-attributes '{"InstanceProfile":"EMR_EC2_DefaultRole","SubnetIds":["subnet-0a1b2c3d4e5f67890","subnet-0f9e8d7c6b5a43210","subnet-11223344"]}' \
  --instance-fleets '[
    {
      "Name": "Master",
      "InstanceFleetType": "MASTER",
      "TargetOnDemandCapacity": 1,
      "TargetSpotCapacity": 0,
      "InstanceTypeConfigs": [
        {
          "InstanceType": "m5.xlarge",
          "WeightedCapacity": 1
        },
        {
          "InstanceType": "m5a.xlarge",
          "WeightedCapacity": 1
        }
      ]
    },
    {
      "Name": "Core",
      "InstanceFleetType": "CORE",
      "TargetOnDemandCapacity": 0,
      "TargetSpotCapacity": 8,
      "InstanceTypeConfigs": [
        {
          "InstanceType": "r5.2xlarge",
          "WeightedCapacity": 2,
          "BidPriceAsPercentageOfOnDemandPrice": 100.0,
          "EbsConfiguration": {
            "EbsBlockDeviceConfigs": [
              {
                "VolumeSpecification": {
                  "VolumeType": "gp3",
                  "SizeInGB": 128
                },
                "VolumesPerInstance": 2
              }
            ]
          }
        },
        {
          "InstanceType": "r5a.2xlarge",
          "WeightedCapacity": 2,
          "BidPriceAsPercentageOfOnDemandPrice": 80.5
        }
      ],
      "LaunchSpecifications": {
        "SpotSpecification": {
          "TimeoutDurationMinutes": 20,
          "TimeoutAction": "SWITCH_TO_ON_DEMAND",
          "AllocationStrategy": "price-capacity-optimized"
        }
      }
    },
    {
      "Name": "Task",
      "InstanceFleetType": "TASK",
      "TargetOnDemandCapacity": 2,
      "TargetSpotCapacity": 6,
      "InstanceTypeConfigs": [
        {
          "InstanceType": "c5.2xlarge",
          "WeightedCapacity": 1
        }
      ]
    }
  ]' \
  --no-auto-terminate \
  --no-termination-protected \
  --visible-to-all-users \
  --configurations '[
    {
      "Classification": "spark-env",
      "Properties": {},
      "Configurations": [
        {
          "Classification": "export",
          "Properties": {
            "SPARKPLOW_ENVIRONMENT": "staging"
          }
        }
      ]
    }
  ]' \
  --tags 'owner=data team' \
  --steps '[
    {
      "Type": "CUSTOM_JAR",
      "Name": "Enrich run=2024-05-01-12-00-00",
      "ActionOnFailure": "CANCEL_AND_WAIT",
      "Jar": "command-runner.jar",
      "Args": [
        "spark-submit",
        "--deploy-mode",
        "cluster",
        "--class",
        "io.sparkplow.enrichjob.EnrichJob",
        "s3://example-artifacts/enrich-job-0.1.0.jar",
        "--input-folder",
        "s3://example-raw/tomcat",
        "--input-format",
        "clj-tomcat",
        "--output-folder",
        "s3://example-data/enriched/run=2024-05-01-12-00-00",
        "--enrichments",
        "s3://example-config/enrichments",
        "--iglu-config",
        "s3://example-config/iglu_resolver.json",
        "--etl-timestamp",
        "1714564800000",
        "--output-compression",
        "NONE"
      ]
    },
    {
      "Type": "CUSTOM_JAR",
      "Name": "Shred run=2024-05-01-12-00-00",
      "ActionOnFailure": "CANCEL_AND_WAIT",
      "Jar": "command-runner.jar",
      "Args": [
        "spark-submit",
        "--deploy-mode",
        "cluster",
        "--class",
        "io.sparkplow.shredjob.ShredJob",
        "s3://example-artifacts/shred-job-0.1.0.jar",
        "--input-folder",
        "s3://example-data/enriched/run=2024-05-01-12-00-00/output=good",
        "--output-folder",
        "s3://example-data/shredded/run=2024-05-01-12-00-00",
        "--iglu-config",
        "s3://example-config/iglu_resolver.json",
        "--output-compression",
        "NONE",
        "--deduplication",
        "none"
      ]
    }
  ]'
