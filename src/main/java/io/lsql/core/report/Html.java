package io.lsql.core.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping for the HTML report. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A data: URI holding {@code content} as percent-encoded UTF-8 text, so the file needs no other file. */
    static String dataUri(String mediaType, byte[] content) {
        return "data:" + mediaType + ";charset=utf-8," + URLEncoder.encode(new String(content, StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
