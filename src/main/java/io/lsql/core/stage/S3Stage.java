package io.lsql.core.stage;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A stage in S3 (or an S3-compatible server). Each file is spooled to a local temporary file and
 * uploaded when closed: one PUT for small files, a multipart upload of 16 MB parts for large ones.
 */
public final class S3Stage implements Stage {

    static final long PART_BYTES = 16L * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3Stage(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
    }

    public String bucket() {
        return bucket;
    }

    /** The key prefix of the stage root, ending in '/' (or empty). */
    public String prefix() {
        return prefix;
    }

    @Override
    public String uri() {
        return "s3://" + bucket + "/" + prefix;
    }

    @Override
    public OutputStream create(String name) throws IOException {
        Path spool = Files.createTempFile("lsql-stage-", ".tmp");
        OutputStream out = Files.newOutputStream(spool);
        return new PublishOnClose(out, () -> {
            try {
                upload(prefix + name, spool);
            } finally {
                Files.deleteIfExists(spool);
            }
        });
    }

    private void upload(String key, Path file) throws IOException {
        long size = Files.size(file);
        if (size <= PART_BYTES) {
            s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(file));
            return;
        }
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            List<CompletedPart> parts = new ArrayList<>();
            byte[] buffer = new byte[(int) PART_BYTES];
            int partNumber = 1;
            for (long offset = 0; offset < size; offset += PART_BYTES, partNumber++) {
                int length = (int) Math.min(PART_BYTES, size - offset);
                in.readFully(buffer, 0, length);
                int number = partNumber;
                String etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number),
                        RequestBody.fromBytes(java.util.Arrays.copyOf(buffer, length))).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
            }
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
        } catch (RuntimeException | IOException e) {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
            throw e;
        }
    }

    @Override
    public InputStream open(String name) {
        return s3.getObject(b -> b.bucket(bucket).key(prefix + name));
    }

    @Override
    public boolean exists(String name) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(prefix + name));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<String> list(String under) {
        List<String> names = new ArrayList<>();
        for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix + under)).contents()) {
            names.add(object.key().substring(prefix.length()));
        }
        names.sort(null);
        return names;
    }

    @Override
    public void delete(String name) {
        s3.deleteObject(b -> b.bucket(bucket).key(prefix + name));
    }

    @Override
    public void checkWritable() {
        s3.headBucket(b -> b.bucket(bucket));
    }

    @Override
    public void close() {
        s3.close();
    }
}
