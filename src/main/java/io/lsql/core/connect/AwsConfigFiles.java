package io.lsql.core.connect;

import io.lsql.core.LsqlException;
import software.amazon.awssdk.profiles.ProfileFile;

import java.util.List;

/** The profiles of ~/.aws/config and ~/.aws/credentials (SSO profiles included), as the AWS CLI reads them. */
public final class AwsConfigFiles {

    private AwsConfigFiles() {
    }

    /** Profile names, sorted; none when the files do not exist; one sentence when they cannot be read. */
    public static List<String> profileNames() {
        try {
            return ProfileFile.defaultProfileFile().profiles().keySet().stream().sorted().toList();
        } catch (RuntimeException e) {
            throw new LsqlException("Cannot read the AWS profiles in ~/.aws/config or ~/.aws/credentials: "
                    + e.getMessage().lines().findFirst().orElse("") + ".", e);
        }
    }
}
