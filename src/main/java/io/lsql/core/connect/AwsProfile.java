package io.lsql.core.connect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Where DynamoDB and the stage are: an AWS profile and region, or any compatible endpoint.
 *
 * @param profile a profile of ~/.aws/config, or empty for the SDK's default chain
 * @param stage s3://bucket/prefix or a local folder
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AwsProfile(String name, String profile, String region, String endpointUrl, String stage) {

    /** The profile name of the local sandbox, whose moto accepts the fixed sandbox credentials. */
    public static final String SANDBOX = "sandbox";

    public AwsTarget target() {
        if (SANDBOX.equals(name)) {
            return AwsTarget.endpoint(endpointUrl, blankToNull(region), AwsTarget.SANDBOX_ACCESS_KEY, AwsTarget.SANDBOX_SECRET_KEY);
        }
        boolean endpoint = endpointUrl != null && !endpointUrl.isBlank();
        boolean named = profile != null && !profile.isBlank();
        return new AwsTarget(blankToNull(region), named ? profile : null, endpoint ? endpointUrl : null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
