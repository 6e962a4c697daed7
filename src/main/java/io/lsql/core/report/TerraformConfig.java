package io.lsql.core.report;

import io.lsql.core.plan.BillingMode;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.Target;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Terraform (AWS provider) with one {@code aws_dynamodb_table} per target. Only key attributes are declared as
 * {@code attribute} blocks (of the table and its indexes), as the provider requires; a target the plan imports from
 * an S3 stage gets an {@code import_table} block.
 */
final class TerraformConfig {

    private final StringBuilder tf = new StringBuilder();

    private TerraformConfig() {
    }

    static byte[] of(Report report) {
        TerraformConfig config = new TerraformConfig();
        config.tf.append("# DynamoDB tables for the MySQL database ").append(report.header().database()).append(", written by lsql ")
                .append(report.header().toolVersion()).append(" from the plan with SHA-256 ").append(report.header().planHash()).append(".\n");
        Set<String> names = new HashSet<>();
        for (Target target : report.plan().targets()) {
            config.table(report.plan(), target, resourceName(target.table(), names));
        }
        return config.tf.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void table(Plan plan, Target target, String name) {
        boolean provisioned = target.billingMode() == BillingMode.PROVISIONED;
        tf.append("\nresource \"aws_dynamodb_table\" \"").append(name).append("\" {\n");
        line("  name", quote(target.table()));
        line("  billing_mode", quote(target.billingMode().id()));
        line("  hash_key", quote(target.partitionKey().name()));
        if (target.sortKey() != null) {
            line("  range_key", quote(target.sortKey().name()));
        }
        if (provisioned) {
            line("  read_capacity", String.valueOf(Math.max(1, target.readCapacity())));
            line("  write_capacity", String.valueOf(Math.max(1, target.writeCapacity())));
        }
        keyAttributes(target).forEach((attribute, type) -> tf.append("\n  attribute {\n    name = ").append(quote(attribute))
                .append("\n    type = ").append(quote(type)).append("\n  }\n"));
        for (Index index : target.indexes()) {
            index(index, target, provisioned);
        }
        if (target.ttlAttribute() != null) {
            tf.append("\n  ttl {\n    attribute_name = ").append(quote(target.ttlAttribute())).append("\n    enabled        = true\n  }\n");
        }
        ImportSource.of(plan, target).ifPresent(s -> tf.append("\n  import_table {\n    input_format           = \"DYNAMODB_JSON\"\n")
                .append("    input_compression_type = ").append(quote(s.compression())).append("\n    s3_bucket_source {\n")
                .append("      bucket     = ").append(quote(s.bucket())).append("\n      key_prefix = ").append(quote(s.keyPrefix()))
                .append("\n    }\n  }\n"));
        tf.append("}\n");
    }

    private void index(Index index, Target target, boolean provisioned) {
        tf.append("\n  global_secondary_index {\n");
        line("    name", quote(index.name()));
        line("    hash_key", quote(index.partitionKey().name()));
        if (index.sortKey() != null) {
            line("    range_key", quote(index.sortKey().name()));
        }
        line("    projection_type", quote(index.projection()));
        if ("INCLUDE".equals(index.projection())) {
            line("    non_key_attributes", "[" + String.join(", ", index.nonKeyAttributes().stream().map(TerraformConfig::quote).toList()) + "]");
        }
        if (provisioned) {
            line("    read_capacity", String.valueOf(Math.max(1, target.readCapacity())));
            line("    write_capacity", String.valueOf(Math.max(1, target.writeCapacity())));
        }
        tf.append("  }\n");
    }

    private void line(String name, String value) {
        tf.append(name).append(" = ").append(value).append('\n');
    }

    private static Map<String, String> keyAttributes(Target target) {
        Map<String, String> keys = new LinkedHashMap<>();
        put(keys, target.partitionKey());
        put(keys, target.sortKey());
        for (Index index : target.indexes()) {
            put(keys, index.partitionKey());
            put(keys, index.sortKey());
        }
        return keys;
    }

    private static void put(Map<String, String> keys, KeyAttribute key) {
        if (key != null) {
            keys.putIfAbsent(key.name(), key.type().id());
        }
    }

    /** A resource name Terraform accepts: lower case letters, digits and underscores, not starting with a digit, unique. */
    private static String resourceName(String table, Set<String> taken) {
        String base = table.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        base = base.isEmpty() || Character.isDigit(base.charAt(0)) ? "t_" + base : base;
        String unique = base;
        for (int n = 2; !taken.add(unique); n++) {
            unique = base + "_" + n;
        }
        return unique;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("${", "$${") + "\"";
    }
}
