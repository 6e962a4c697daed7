package io.lsql.core.rehearse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Key templates with shard numbers (<code>{cust_id%8}</code>): a read that knows the other columns but not the shard
 * asks every shard, each time with the shard placeholder replaced by its number.
 */
final class ShardedTemplates {

    /** A placeholder {@code {column%N}} (the column possibly in backticks), not a literal {@code {{}. */
    private static final Pattern SHARD = Pattern.compile("(?<!\\{)\\{(`(?:[^`]|``)*`|[^{}`%]+)%(\\d+)}");

    private ShardedTemplates() {
    }

    static boolean sharded(String template) {
        return SHARD.matcher(template).find();
    }

    /** The template once per shard number, every shard placeholder replaced (all combinations when there are several). */
    static List<String> perShard(String template) {
        Matcher matcher = SHARD.matcher(template);
        if (!matcher.find()) {
            return List.of(template);
        }
        int shards = Integer.parseInt(matcher.group(2));
        List<String> out = new ArrayList<>();
        for (int shard = 0; shard < shards; shard++) {
            String one = template.substring(0, matcher.start()) + shard + template.substring(matcher.end());
            out.addAll(perShard(one));
        }
        return out;
    }
}
