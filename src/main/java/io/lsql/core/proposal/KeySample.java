package io.lsql.core.proposal;

import io.lsql.core.LsqlException;
import io.lsql.core.mapping.ItemEncoder;
import io.lsql.core.mapping.ItemLayout;
import io.lsql.core.mapping.KeyTemplate;
import io.lsql.core.mapping.RowMapper;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.migrate.SourceDescription;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.Target;
import io.lsql.core.run.PlanLayouts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A candidate's keys rendered on the sampled rows through the migration's own mapping and encoder: items it could
 * not write (over 400 KB, keys over their size limits, empty or NULL keys), duplicate primary keys within each
 * target, and per source and partition-key attribute the busiest value's share of the source's items.
 */
final class KeySample {

    /** One sentence per problem, in target order. */
    private final List<String> problems = new ArrayList<>();
    /** "target|source|attribute" -> busiest partition value's share of the source's sampled items. */
    private final Map<String, Double> busiest = new HashMap<>();

    private KeySample() {
    }

    static KeySample of(AccessPaths paths) {
        KeySample sample = new KeySample();
        for (Target target : paths.targets()) {
            Set<String> keys = new HashSet<>();
            for (AccessPaths.Placement placement : paths.placements()) {
                if (placement.target() == target) {
                    sample.render(placement, keys);
                }
            }
        }
        return sample;
    }

    private void render(AccessPaths.Placement placement, Set<String> keys) {
        TableProfile profile = placement.profile();
        String where = "target " + placement.target().table() + ", source " + placement.source().id();
        ItemLayout layout;
        try {
            layout = PlanLayouts.layout(new SourceDescription(new MigrationSource(MigrationSource.Kind.TABLE, profile.table()),
                    profile.columns(), null, null), placement.target(), placement.source());
        } catch (LsqlException e) {
            problems.add(where + ": " + e.getMessage());
            return;
        }
        RowMapper mapper = new RowMapper(layout);
        ItemEncoder encoder = new ItemEncoder(layout);
        Tally tally = new Tally(partitionTemplates(placement));
        for (List<String> row : profile.sample()) {
            mapper.mapGiven(row);
            tally.add(encoder.encode(mapper), mapper, keys);
        }
        tally.rejects.forEach((reason, n) -> problems.add(where + ": " + n + " sampled row(s) cannot be written (" + reason
                + ", e.g. " + tally.examples.get(reason) + ")."));
        if (tally.duplicates > 0) {
            problems.add("target " + placement.target().table() + ": " + tally.duplicates + " sampled row(s) of "
                    + placement.source().id() + " share a primary key with another item (e.g. " + tally.duplicate
                    + "), so one would overwrite the other.");
        }
        double rows = Math.max(1, profile.sample().size());
        tally.counts.forEach((attribute, values) -> busiest.put(key(placement, attribute),
                values.values().stream().mapToInt(Integer::intValue).max().orElse(0) / rows));
    }

    /** What one source's sampled rows rendered to: rejects by reason, duplicate keys, partition values by attribute. */
    private static final class Tally {
        final Map<String, KeyTemplate> partitions;
        final Map<String, Map<String, Integer>> counts = new HashMap<>();
        final Map<String, Integer> rejects = new LinkedHashMap<>();
        final Map<String, String> examples = new HashMap<>();
        final String[] problem = new String[1];
        int duplicates;
        String duplicate;

        Tally(Map<String, KeyTemplate> partitions) {
            this.partitions = partitions;
        }

        void add(ItemEncoder.Result result, RowMapper mapper, Set<String> keys) {
            if (!result.ok()) {
                rejects.merge(result.reason(), 1, Integer::sum);
                examples.putIfAbsent(result.reason(), result.key());
                return;
            }
            if (!keys.add(result.key())) {
                duplicates++;
                duplicate = duplicate == null ? result.key() : duplicate;
            }
            partitions.forEach((attribute, template) -> {
                KeyTemplate.Rendered value = template.render(mapper, problem);
                if (value != null) {
                    counts.computeIfAbsent(attribute, a -> new HashMap<>()).merge(value.display(), 1, Integer::sum);
                }
            });
        }
    }

    private static Map<String, KeyTemplate> partitionTemplates(AccessPaths.Placement placement) {
        Map<String, KeyTemplate> templates = new LinkedHashMap<>();
        List<KeyAttribute> attributes = new ArrayList<>();
        attributes.add(placement.target().partitionKey());
        placement.target().indexes().stream().map(Index::partitionKey).forEach(attributes::add);
        for (KeyAttribute attribute : attributes) {
            KeyTemplate template = AccessPaths.template(placement, attribute);
            if (template != null && !template.isRowHash()) {
                templates.putIfAbsent(attribute.name(), template);
            }
        }
        return templates;
    }

    private static String key(AccessPaths.Placement placement, String attribute) {
        return placement.target().table() + "|" + placement.source().id() + "|" + attribute;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** The busiest partition value's share of {@code placement}'s items on {@code attribute}; 0 when not measured. */
    double busiestShare(AccessPaths.Placement placement, String attribute) {
        return busiest.getOrDefault(key(placement, attribute), 0.0);
    }
}
