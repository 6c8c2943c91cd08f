#!/usr/bin/env bash
# sparkplow run=2024-05-01-12-00-00 on a new EMR cluster.
# Rendered by emr-config from config.example.yml; do not edit, render again.
#   raw input: s3a://acme-snowplow-raw/cloudfront
#   enriched:  s3a://acme-snowplow-data/enriched/run=2024-05-01-12-00-00
#   shredded:  s3a://acme-snowplow-data/shredded/run=2024-05-01-12-00-00
#   loaded to: the target in s3a://acme-snowplow-config/targets/redshift.json
# The cluster runs the steps, then terminates (a transient cluster).
# Prints the new cluster's id; watch it with: aws emr list-steps --cluster-id ID
set -euo pipefail

aws emr create-cluster \
  --region eu-west-1 \
  --name 'sparkplow run=2024-05-01-12-00-00' \
  --release-label emr-7.5.0 \
  --applications Name=Spark \
  --log-uri s3://acme-emr-logs/sparkplow \
  --service-role EMR_DefaultRole \
  --ec2-attributes '{"InstanceProfile":"EMR_EC2_DefaultRole","KeyName":"data-eng","SubnetId":"subnet-0a1b2c3d4e5f67890"}' \
  --instance-groups '[
    {
      "Name": "Master",
      "InstanceGroupType": "MASTER",
      "InstanceType": "m5.xlarge",
      "InstanceCount": 1
    },
    {
      "Name": "Core",
      "InstanceGroupType": "CORE",
      "InstanceType": "r5.2xlarge",
      "InstanceCount": 4,
      "BidPrice": "0.30",
      "EbsConfiguration": {
        "EbsBlockDeviceConfigs": [
          {
            "VolumeSpecification": {
              "VolumeType": "gp3",
              "SizeInGB": 128
            },
            "VolumesPerInstance": 1
          }
        ]
      }
    },
    {
      "Name": "Task",
      "InstanceGroupType": "TASK",
      "InstanceType": "r5.2xlarge",
      "InstanceCount": 4,
      "BidPrice": "OnDemandPrice"
    }
  ]' \
  --auto-terminate \
  --no-termination-protected \
  --visible-to-all-users \
  --bootstrap-actions '[
    {
      "Name": "install-monitoring-agent",
      "Path": "s3://acme-emr-artifacts/bootstrap/install-agent.sh",
      "Args": [
        "--env",
        "production"
      ]
    }
  ]' \
  --configurations '[
    {
      "Classification": "spark-defaults",
      "Properties": {
        "spark.executor.cores": "4",
        "spark.executor.memory": "18g",
        "spark.hadoop.fs.s3a.committer.magic.enabled": "true",
        "spark.hadoop.fs.s3a.committer.name": "magic",
        "spark.sql.parquet.output.committer.class": "org.apache.spark.internal.io.cloud.BindingParquetOutputCommitter",
        "spark.sql.shuffle.partitions": "400",
        "spark.sql.sources.commitProtocolClass": "org.apache.spark.internal.io.cloud.PathOutputCommitProtocol"
      }
    },
    {
      "Classification": "yarn-site",
      "Properties": {
        "yarn.nodemanager.vmem-check-enabled": "false"
      }
    }
  ]' \
  --tags team=data-engineering pipeline=sparkplow \
  --steps '[
    {
      "Type": "CUSTOM_JAR",
      "Name": "Enrich run=2024-05-01-12-00-00",
      "ActionOnFailure": "TERMINATE_CLUSTER",
      "Jar": "command-runner.jar",
      "Args": [
        "spark-submit",
        "--deploy-mode",
        "cluster",
        "--conf",
        "spark.dynamicAllocation.enabled=true",
        "--class",
        "io.sparkplow.enrichjob.EnrichJob",
        "s3://acme-emr-artifacts/jars/enrich-job-0.1.0.jar",
        "--input-folder",
        "s3a://acme-snowplow-raw/cloudfront",
        "--input-format",
        "cloudfront",
        "--output-folder",
        "s3a://acme-snowplow-data/enriched/run=2024-05-01-12-00-00",
        "--enrichments",
        "s3a://acme-snowplow-config/enrichments",
        "--iglu-config",
        "s3a://acme-snowplow-config/iglu_resolver.json",
        "--etl-timestamp",
        "1714564800000",
        "--output-compression",
        "GZIP"
      ]
    },
    {
      "Type": "CUSTOM_JAR",
      "Name": "Shred run=2024-05-01-12-00-00",
      "ActionOnFailure": "TERMINATE_CLUSTER",
      "Jar": "command-runner.jar",
      "Args": [
        "spark-submit",
        "--deploy-mode",
        "cluster",
        "--class",
        "io.sparkplow.shredjob.ShredJob",
        "s3://acme-emr-artifacts/jars/shred-job-0.1.0.jar",
        "--input-folder",
        "s3a://acme-snowplow-data/enriched/run=2024-05-01-12-00-00/output=good",
        "--output-folder",
        "s3a://acme-snowplow-data/shredded/run=2024-05-01-12-00-00",
        "--iglu-config",
        "s3a://acme-snowplow-config/iglu_resolver.json",
        "--output-compression",
        "GZIP",
        "--deduplication",
        "natural,synthetic"
      ]
    },
    {
      "Type": "CUSTOM_JAR",
      "Name": "Load run=2024-05-01-12-00-00",
      "ActionOnFailure": "TERMINATE_CLUSTER",
      "Jar": "command-runner.jar",
      "Args": [
        "spark-submit",
        "--deploy-mode",
        "cluster",
        "--class",
        "io.sparkplow.loadjob.LoadJob",
        "s3://acme-emr-artifacts/jars/load-job-0.1.0.jar",
        "--shredded-run",
        "s3a://acme-snowplow-data/shredded/run=2024-05-01-12-00-00",
        "--target",
        "s3a://acme-snowplow-config/targets/redshift.json"
      ]
    }
  ]'
