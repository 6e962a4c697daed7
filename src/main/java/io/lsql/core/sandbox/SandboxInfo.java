package io.lsql.core.sandbox;

import io.lsql.core.connect.AwsTarget;

/** How to reach a running sandbox: what `lsql sandbox` prints and what the tests and the GUI connect to. */
public record SandboxInfo(String jdbcUrl, String user, String awsEndpoint, String region, String dataDir) {

    /** Credentials moto accepts; they are not secrets and never reach a real AWS account. */
    public static final String ACCESS_KEY = AwsTarget.SANDBOX_ACCESS_KEY;
    public static final String SECRET_KEY = AwsTarget.SANDBOX_SECRET_KEY;
}
