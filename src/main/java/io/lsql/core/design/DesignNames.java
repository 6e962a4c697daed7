package io.lsql.core.design;

/** Table and index names DynamoDB accepts: 3–255 characters of [a-zA-Z0-9_.-]. */
public final class DesignNames {

    private DesignNames() {
    }

    public static String tableName(String source) {
        return clean(source);
    }

    public static String indexName(String source) {
        return clean(source);
    }

    static String clean(String source) {
        String cleaned = source.replaceAll("[^a-zA-Z0-9_.-]", "_");
        while (cleaned.length() < 3) {
            cleaned = cleaned + "_";
        }
        return cleaned.length() > 255 ? cleaned.substring(0, 255) : cleaned;
    }

    public static boolean isValid(String name) {
        return name != null && name.matches("[a-zA-Z0-9_.-]{3,255}");
    }
}
