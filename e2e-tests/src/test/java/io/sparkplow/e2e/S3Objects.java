package io.sparkplow.e2e;

import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.model.CannedAccessControlList;
import com.amazonaws.services.s3.model.ListMultipartUploadsRequest;
import com.amazonaws.services.s3.model.ListObjectsV2Request;
import com.amazonaws.services.s3.model.ListObjectsV2Result;
import com.amazonaws.services.s3.model.MultipartUpload;
import com.amazonaws.services.s3.model.PutObjectRequest;
import com.amazonaws.services.s3.model.S3Object;
import com.amazonaws.services.s3.model.S3ObjectSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes a bucket through the S3 API (not through Hadoop), as another reader would. */
final class S3Objects {

  private final AmazonS3 client;

  S3Objects(AmazonS3 client) {
    this.client = client;
  }

  /** Every key under a prefix, in S3's (lexicographic) order. */
  List<String> keys(String bucket, String prefix) {
    List<String> keys = new ArrayList<>();
    ListObjectsV2Request request = new ListObjectsV2Request().withBucketName(bucket).withPrefix(prefix);
    ListObjectsV2Result page;
    do {
      page = client.listObjectsV2(request);
      for (S3ObjectSummary summary : page.getObjectSummaries()) {
        keys.add(summary.getKey());
      }
      request.setContinuationToken(page.getNextContinuationToken());
    } while (page.isTruncated());
    return keys;
  }

  boolean exists(String bucket, String key) {
    return client.doesObjectExist(bucket, key);
  }

  String text(String bucket, String key) {
    return client.getObjectAsString(bucket, key);
  }

  /** The part files ({@code part-*}) directly under a folder. */
  List<String> partFiles(String bucket, String folder) {
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    return keys(bucket, prefix).stream()
        .filter(k -> k.indexOf('/', prefix.length()) < 0 && k.substring(prefix.length()).startsWith("part-"))
        .toList();
  }

  /** Every line of the part files directly under a folder (gzip ones decompressed). */
  List<String> partFileLines(String bucket, String folder) {
    List<String> lines = new ArrayList<>();
    for (String key : partFiles(bucket, folder)) {
      try (S3Object object = client.getObject(bucket, key)) {
        lines.addAll(TextLines.of(object.getObjectContent(), key));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read s3://" + bucket + "/" + key, e);
      }
    }
    return lines;
  }

  /** Multipart uploads started and neither completed nor aborted. */
  List<MultipartUpload> pendingUploads(String bucket) {
    return client.listMultipartUploads(new ListMultipartUploadsRequest(bucket)).getMultipartUploads();
  }

  void putFile(String bucket, String key, Path file) {
    client.putObject(bucket, key, file.toFile());
  }

  void putText(String bucket, String key, String text) {
    client.putObject(bucket, key, text);
  }

  /** Stores a file anyone may read without signing (a static website, e.g. an Iglu registry). */
  void putPublicFile(String bucket, String key, Path file) {
    client.putObject(new PutObjectRequest(bucket, key, file.toFile()).withCannedAcl(CannedAccessControlList.PublicRead));
  }
}
