package io.lsql.ui.connect;

import software.amazon.awssdk.profiles.ProfileFile;

import java.util.ArrayList;
import java.util.List;

/** Profile names from ~/.aws/config and ~/.aws/credentials (SSO profiles included). */
final class AwsConfigProfiles {

    private AwsConfigProfiles() {
    }

    static List<String> names() {
        try {
            List<String> names = new ArrayList<>(ProfileFile.defaultProfileFile().profiles().keySet());
            names.sort(null);
            return names;
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
