package io.lsql.cli;

import io.lsql.core.connect.AwsTarget;
import picocli.CommandLine.Option;

/** AWS options: without them the SDK's standard chain decides (AWS_REGION, AWS_PROFILE, AWS_ENDPOINT_URL…). */
public final class AwsOptions {

    @Option(names = "--region", paramLabel = "REGION", description = "AWS region (default: the SDK's chain).")
    String region;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "DynamoDB/S3-compatible endpoint, e.g. moto, DynamoDB Local or LocalStack.")
    String endpointUrl;

    @Option(names = "--profile", paramLabel = "NAME", description = "Profile from ~/.aws/config (SSO profiles too).")
    String profile;

    public AwsTarget target() {
        return new AwsTarget(region, profile, endpointUrl, null, null);
    }
}
