package io.lsql.core.connect;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets a MySQL JDBC URL can carry, and the URL without them: the {@code user:password@}
 * userinfo and every password-like property, in the query string ({@code ?password=…&pwd=…}) and
 * in Connector/J's key-value host forms ({@code (host=h,password=…)}, {@code address=(password=…)}).
 */
public final class JdbcUrls {

    private static final String MASK = "***";
    /** Connector/J's own secret properties, compared case-insensitively. */
    private static final Set<String> NAMES = Set.of("password", "pwd", "pw", "pass", "passwd", "passphrase", "secret",
            "token", "sslpassword", "trustcertificatekeystorepassword", "clientcertificatekeystorepassword",
            "xdevapi.ssl-truststore-password", "ocitoken", "apikey", "accesskey", "secretkey");
    /** A property: a separator, the name, '=', the value up to the next separator. */
    private static final Pattern PROPERTY = Pattern.compile("([?&;,(])([A-Za-z0-9_.\\-]+)=([^&;,)\\s]*)");
    /** {@code //user:password@} (the password may hold '@', so up to the last '@' before the path). */
    private static final Pattern USERINFO = Pattern.compile("//([^/:@?\\s]*):([^/?\\s]*)@");

    private JdbcUrls() {
    }

    /** Whether a URL property name holds a secret: password1, trustCertificateKeyStorePassword, sslPassword, token… */
    static boolean isSecret(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return NAMES.contains(n) || n.contains("password") || n.contains("passwd") || n.contains("secret")
                || n.contains("token") || n.matches("(pwd|pass|pw)\\d*");
    }

    /** The URL with the userinfo and every secret property removed: safe to keep in manifests and plan files. */
    public static String withoutSecrets(String url) {
        if (url == null) {
            return null;
        }
        String text = USERINFO.matcher(url).replaceFirst("//");
        int[] secret;
        while ((secret = firstSecret(text)) != null) {
            text = text.substring(0, secret[0]) + text.substring(secret[1]);
        }
        return text;
    }

    /** [from, to) of the first secret property with the one separator that must go with it, or null. */
    private static int[] firstSecret(String text) {
        Matcher m = PROPERTY.matcher(text);
        while (m.find()) {
            if (!isSecret(m.group(2))) {
                continue;
            }
            int start = m.start();
            int end = m.end();
            char before = text.charAt(start);
            char after = end < text.length() ? text.charAt(end) : '\0';
            if (before == '(' && after == ')') {
                return new int[] {start, end + 1};
            }
            if ((before == '?' || before == '(') && "&;,".indexOf(after) >= 0 && after != '\0') {
                return new int[] {start + 1, end + 1};
            }
            return new int[] {before == '(' ? start + 1 : start, end};
        }
        return null;
    }

    /** Any text with the secrets of every JDBC URL in it shown as ***: for messages and traces. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String masked = USERINFO.matcher(text).replaceAll(m -> Matcher.quoteReplacement("//" + m.group(1) + ":" + MASK + "@"));
        return PROPERTY.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(isSecret(m.group(2))
                ? m.group(1) + m.group(2) + "=" + MASK : m.group()));
    }

    /** The secret values a URL carries, as written and URL-decoded, so messages can be scrubbed of them. */
    static List<String> secretValues(String url) {
        List<String> values = new ArrayList<>();
        if (url == null) {
            return values;
        }
        Matcher user = USERINFO.matcher(url);
        if (user.find()) {
            add(values, user.group(2));
        }
        Matcher m = PROPERTY.matcher(url);
        while (m.find()) {
            if (isSecret(m.group(2))) {
                add(values, m.group(3));
            }
        }
        return values;
    }

    private static void add(List<String> values, String value) {
        if (value.isEmpty()) {
            return;
        }
        values.add(value);
        try {
            String decoded = URLDecoder.decode(value, StandardCharsets.UTF_8);
            if (!decoded.equals(value)) {
                values.add(decoded);
            }
        } catch (IllegalArgumentException ignored) {
            // not URL-encoded: the raw value is enough
        }
    }

    /** {@code text} with every occurrence of each secret replaced by ***, longest first. */
    static String scrub(String text, List<String> secrets) {
        if (text == null) {
            return null;
        }
        String result = text;
        List<String> sorted = new ArrayList<>(secrets);
        sorted.sort((a, b) -> b.length() - a.length());
        for (String secret : sorted) {
            if (!secret.isEmpty()) {
                result = result.replace(secret, MASK);
            }
        }
        return redact(result);
    }
}
