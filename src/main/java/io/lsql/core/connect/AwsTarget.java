package io.lsql.core.connect;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import java.net.URI;
import java.time.Duration;

/**
 * Where DynamoDB and S3 live: the SDK's standard resolution (AWS_REGION, AWS_PROFILE,
 * AWS_ENDPOINT_URL[_DYNAMODB|_S3], ~/.aws/config incl. SSO) unless a region, profile, endpoint or
 * explicit credentials are given. An endpoint override implies path-style S3 (moto, LocalStack).
 */
public record AwsTarget(String region, String profile, String endpointUrl, String accessKey, String secretKey) {

    /** How long one Scan page may take before it is retried. */
    public static final Duration SCAN_PAGE_TIMEOUT = Duration.ofMinutes(5);
    /** Credentials the local sandbox's moto accepts; they are not secrets and never reach a real AWS account. */
    public static final String SANDBOX_ACCESS_KEY = "sandbox";
    public static final String SANDBOX_SECRET_KEY = "sandbox";

    public static AwsTarget standard() {
        return new AwsTarget(null, null, null, null, null);
    }

    public static AwsTarget endpoint(String endpointUrl, String region, String accessKey, String secretKey) {
        return new AwsTarget(region, null, endpointUrl, accessKey, secretKey);
    }

    public AwsTarget withRegionAndEndpoint(String newRegion, String newEndpoint) {
        return new AwsTarget(newRegion != null ? newRegion : region, profile,
                newEndpoint != null ? newEndpoint : endpointUrl, accessKey, secretKey);
    }

    public DynamoDbClient dynamoDb() {
        DynamoDbClientBuilder builder = DynamoDbClient.builder().overrideConfiguration(overrides());
        configure(builder);
        String endpoint = endpointFor("DYNAMODB");
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    /**
     * A client for bulk writes: the SDK does not retry, because the loader retries itself with
     * backoff and counts throttling and unprocessed items for the progress display.
     */
    public DynamoDbClient dynamoDbForLoad() {
        DynamoDbClientBuilder builder = DynamoDbClient.builder().overrideConfiguration(ClientOverrideConfiguration.builder()
                .retryStrategy(software.amazon.awssdk.awscore.retry.AwsRetryStrategy.doNotRetry())
                .apiCallTimeout(Duration.ofMinutes(2)).build());
        configure(builder);
        String endpoint = endpointFor("DYNAMODB");
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    /**
     * A client for Scans that read a whole table (verify). A Scan page is idempotent, so the SDK
     * retries it, but waits minutes rather than the HTTP client's default 30 s for an answer: an
     * emulator such as moto takes seconds per 1 MB page on a large table, times the parallel segments.
     */
    public DynamoDbClient dynamoDbForScan() {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClientBuilder(Apache5HttpClient.builder().socketTimeout(SCAN_PAGE_TIMEOUT))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(RetryMode.STANDARD)
                        .apiCallAttemptTimeout(SCAN_PAGE_TIMEOUT)
                        .apiCallTimeout(SCAN_PAGE_TIMEOUT.multipliedBy(3))
                        .build());
        configure(builder);
        String endpoint = endpointFor("DYNAMODB");
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    public S3Client s3() {
        S3ClientBuilder builder = S3Client.builder().overrideConfiguration(overrides());
        configure(builder);
        String endpoint = endpointFor("S3");
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint)).forcePathStyle(true);
        }
        return builder.build();
    }

    private void configure(software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<?, ?> builder) {
        if (region != null) {
            builder.region(Region.of(region));
        }
        builder.credentialsProvider(credentials());
    }

    private AwsCredentialsProvider credentials() {
        if (accessKey != null && secretKey != null) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
        }
        if (profile != null) {
            return ProfileCredentialsProvider.create(profile);
        }
        return DefaultCredentialsProvider.builder().build();
    }

    private String endpointFor(String service) {
        if (endpointUrl != null) {
            return endpointUrl;
        }
        for (String variable : new String[] {"AWS_ENDPOINT_URL_" + service, "AWS_ENDPOINT_URL"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder()
                .retryStrategy(RetryMode.STANDARD)
                .apiCallTimeout(Duration.ofMinutes(2))
                .build();
    }

    /** A description for messages: never includes credentials. */
    public String describe() {
        String where = endpointUrl != null ? endpointUrl : "AWS";
        return where + (region != null ? " (" + region + ")" : "");
    }

    @Override
    public String toString() {
        return describe();
    }
}
