package io.sparkplow.emr.config;

/** EBS volumes attached to each node (scratch space for shuffle and logs; no HDFS data). */
public record EbsVolumes(String volumeType, int sizeGb, int volumesPerInstance) {
}
