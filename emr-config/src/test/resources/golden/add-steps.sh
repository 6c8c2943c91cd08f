#!/usr/bin/env bash
# sparkplow run=2024-05-01-12-00-00 on the running EMR cluster j-2AXXXXXXGAPLF.
# Rendered by emr-config from config.example.yml; do not edit, render again.
#   raw input: s3a://acme-snowplow-raw/cloudfront
#   enriched:  s3a://acme-snowplow-data/enriched/run=2024-05-01-12-00-00
#   shredded:  s3a://acme-snowplow-data/shredded/run=2024-05-01-12-00-00
#   loaded to: the target in s3a://acme-snowplow-config/targets/redshift.json
# Prints the new step ids; watch them with: aws emr list-steps --cluster-id j-2AXXXXXXGAPLF
set -euo pipefail

aws emr add-steps \
  --region eu-west-1 \
  --cluster-id j-2AXXXXXXGAPLF \
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
