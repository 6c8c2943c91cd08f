package io.sparkplow.e2e;

import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.model.CannedAccessControlList;
import com.amazonaws.services.s3.model.ListMultipartUploadsRequest;
import com.amazonaws.services.s3.model.ListObjectsV2Request;
import com.amazonaws.services.s3.model.ListObjectsV2Result;
import com.amazonaws.services.s3.model.MultipartUpload;
import com.amazonaws.services.s3.model.ObjectMetadata;
import com.amazonaws.services.s3.model.PutObjectRequest;
import com.amazonaws.services.s3.model.S3Object;
import com.amazonaws.services.s3.model.S3ObjectSummary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

  /** The part files ({@code part-*}) anywhere under a folder, staging folders excepted. */
  List<String> partFilesUnder(String bucket, String folder) {
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    return keys(bucket, prefix).stream()
        .filter(k -> !k.contains("/__magic/") && k.substring(k.lastIndexOf('/') + 1).startsWith("part-"))
        .toList();
  }

  /** Every line of the part files directly under a folder (gzip ones decompressed). */
  List<String> partFileLines(String bucket, String folder) {
    List<String> lines = new ArrayList<>();
    for (String key : partFiles(bucket, folder)) {
      lines.addAll(lines(bucket, key));
    }
    return lines;
  }

  /**
   * The lines of every part file under a folder, by the folder holding the file (relative to
   * {@code folder}), each folder's lines sorted.
   */
  Map<String, List<String>> sortedLinesByFolder(String bucket, String folder) {
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    Map<String, List<String>> byFolder = new TreeMap<>();
    for (String key : partFilesUnder(bucket, folder)) {
      byFolder.computeIfAbsent(key.substring(prefix.length(), key.lastIndexOf('/')), f -> new ArrayList<>())
          .addAll(lines(bucket, key));
    }
    byFolder.values().forEach(Collections::sort);
    return byFolder;
  }

  /** The lines of one object (gzip when its name ends in .gz). */
  List<String> lines(String bucket, String key) {
    try (S3Object object = client.getObject(bucket, key)) {
      return TextLines.of(object.getObjectContent(), key);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read s3://" + bucket + "/" + key, e);
    }
  }

  /** When an object was stored. */
  Instant lastModified(String bucket, String key) {
    return client.getObjectMetadata(bucket, key).getLastModified().toInstant();
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

  /** Stores a text anyone may read without signing. */
  void putPublicText(String bucket, String key, String text) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ObjectMetadata metadata = new ObjectMetadata();
    metadata.setContentLength(bytes.length);
    client.putObject(new PutObjectRequest(bucket, key, new ByteArrayInputStream(bytes), metadata)
        .withCannedAcl(CannedAccessControlList.PublicRead));
  }

  /** Stores a file anyone may read without signing (a static website, e.g. an Iglu registry). */
  void putPublicFile(String bucket, String key, Path file) {
    client.putObject(new PutObjectRequest(bucket, key, file.toFile()).withCannedAcl(CannedAccessControlList.PublicRead));
  }
}
