package io.lsql.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The product version Maven writes into lsql-version.properties. */
public final class Version {

    private Version() {
    }

    public static String current() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/lsql-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
