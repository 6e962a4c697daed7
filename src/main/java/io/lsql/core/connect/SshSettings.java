package io.lsql.core.connect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A bastion to reach MySQL through: an SSH login with a private key file or a password (the
 * password is never part of this record; it is passed separately and not saved unless asked).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SshSettings(String host, int port, String user, String keyFile) {

    public boolean enabled() {
        return host != null && !host.isBlank();
    }
}
